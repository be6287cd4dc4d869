using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Cleaning.Tests;

public class When_scoring_text_by_word_shingles
{
    private const string Body = "The council voted to keep the library open. It will review the budget in April.";

    [Fact]
    public void Should_give_a_perfect_score_to_the_same_words_whatever_the_case_punctuation_and_breaks()
    {
        var match = ShingleScore.Match(Body, "the COUNCIL voted to keep the library open\n\nIt will review the budget, in April");
        Assert.Equal((1.0, 1.0), (match.Precision, match.Recall));
    }

    [Fact]
    public void Should_count_overlapping_four_word_shingles()
    {
        Assert.Equal(["one two three four", "two three four five"], ShingleScore.Shingles("One two, three: four five.").Keys);
        Assert.Equal(["too short"], ShingleScore.Shingles("Too short").Keys);
    }

    [Fact]
    public void Should_lose_precision_for_boilerplate_kept_and_recall_for_body_dropped()
    {
        var withFurniture = ShingleScore.Match(Body, "Share this article on Facebook and X. " + Body);
        Assert.Equal(1.0, withFurniture.Recall);
        Assert.True(withFurniture.Precision < 0.7);

        var halfBody = ShingleScore.Match(Body, "The council voted to keep the library open.");
        Assert.Equal(1.0, halfBody.Precision);
        Assert.True(halfBody.Recall < 0.5);
    }

    [Fact]
    public void Should_count_a_paragraph_output_twice_as_extra_text()
    {
        var twice = ShingleScore.Match(Body, Body + " " + Body);
        Assert.Equal(1.0, twice.Recall);
        Assert.True(twice.Precision < 0.55);
    }

    [Fact]
    public void Should_average_pages_alike_and_leave_empty_predictions_out_of_precision()
    {
        var perfect = ShingleScore.Match(Body, Body);
        var empty = ShingleScore.Match(Body, string.Empty);

        var average = ShingleAverage.Of([perfect, empty]);

        Assert.False(empty.HasPrediction);
        Assert.Equal(1.0, average.Precision);
        Assert.Equal(0.5, average.Recall);
        Assert.Equal(0.5, average.MeanPageF1);
    }
}
