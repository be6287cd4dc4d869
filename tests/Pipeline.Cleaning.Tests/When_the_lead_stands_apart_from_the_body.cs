using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_the_lead_stands_apart_from_the_body
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = LeadApartFromBodyPage.Html });

    [Fact]
    public void Should_open_with_the_lead_found_past_the_scoreboard_the_share_bar_and_the_picture_credit() =>
        Assert.StartsWith("Captain Michael Kohl has named his team", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_not_reach_past_the_headline_for_more_lead()
    {
        Assert.DoesNotContain("Captain names two newcomers", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LIVE", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_let_a_box_without_prose_join_the_body_by_its_score() =>
        Assert.DoesNotContain("Home 3, Away 1", _cleaned.Text, StringComparison.Ordinal);
}
