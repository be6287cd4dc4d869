using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_cleaning_scraped_plain_text
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = ScrapedTextArticle.Text });

    [Fact]
    public void Should_find_the_headline_and_standfirst_above_the_first_paragraph()
    {
        Assert.Equal("Coastal states weigh a shared fisheries patrol", _cleaned.Title);
        Assert.Equal("Three governments want to pool boats and radar to stop illegal trawling, but funding the fleet remains unresolved.", _cleaned.Standfirst);
    }

    [Fact]
    public void Should_keep_the_standfirst_and_every_body_paragraph()
    {
        var blocks = _cleaned.Text.Split("\n\n");
        Assert.Equal(5, blocks.Length);
        Assert.StartsWith("Three governments want to pool boats", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("LISBON — Fisheries ministers", blocks[1], StringComparison.Ordinal);
        Assert.StartsWith("\"We share the fish", blocks[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Newsletters")]
    [InlineData("Tidewater PRO")]
    [InlineData("Sign in")]
    [InlineData("Morning Tide")]
    [InlineData("$19.00 / month")]
    [InlineData("billed annually")]
    [InlineData("free trial")]
    [InlineData("Sit down with the editors")]
    public void Should_drop_navigation_promos_newsletter_lists_and_pricing(string furniture) =>
        Assert.DoesNotContain(furniture, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_record_every_dropped_line_with_a_reason()
    {
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "Skip to main content" && removed.Reason == "nav");
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "$19.00 / month" && removed.Reason == "pricing");
        Assert.All(_cleaned.Removed, removed => Assert.False(string.IsNullOrWhiteSpace(removed.Reason)));
    }

    [Fact]
    public void Should_find_the_dateline() => Assert.Equal("LISBON", _cleaned.Dateline);
}
