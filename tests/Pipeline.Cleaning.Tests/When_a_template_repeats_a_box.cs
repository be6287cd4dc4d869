using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_a_template_repeats_a_box
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = RepeatedBoxesPage.Html });

    [Theory]
    [InlineData("Councillors in Port Elwin voted to keep the island ferry")]
    [InlineData("Local reporting costs money.")]
    [InlineData("The Kell Island ferry")]
    [InlineData("The ferry has crossed the sound since 1961.")]
    public void Should_keep_one_copy_of_the_repeated_text(string start) =>
        Assert.Single(_cleaned.Text.Split("\n\n"), block => block.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Should_keep_every_paragraph_of_the_story()
    {
        Assert.Contains("The vote on Thursday evening", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Opponents of the cut packed the public gallery", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("replace the ferry's engines", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_the_later_copies_their_reason() =>
        Assert.Equal(4, _cleaned.Removed.Count(removed => removed.Reason == "repeated-in-page"));

    [Fact]
    public void Should_keep_a_short_line_that_recurs_between_sections()
    {
        var html = """
            <html><head><title>Results</title></head><body><article>
              <h2>Morning session</h2><p>The first round of talks on the harbour wall went on until noon and ended with an agreement on the timetable.</p><p>Adjourned.</p>
              <h2>Afternoon session</h2><p>The second round turned to the cost of the repairs and closed without a vote, to be taken up again next week.</p><p>Adjourned.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Equal(2, cleaned.Text.Split("\n\n").Count(block => block == "Adjourned."));
    }
}
