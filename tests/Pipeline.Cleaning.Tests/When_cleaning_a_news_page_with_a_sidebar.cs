using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_cleaning_a_news_page_with_a_sidebar
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(
        new CleaningInput { Text = string.Empty, Html = NewsWithSidebarPage.Html, Url = NewsWithSidebarPage.Url });

    [Fact]
    public void Should_keep_the_article_body_in_order_with_headings_lists_and_quotes()
    {
        var text = _cleaned.Text;
        var order = new[]
        {
            "Islanders face fewer crossings",
            "PORTHAVEN — The island ferry will run four return sailings",
            "What changes in April",
            "The 06:10 departure from the island moves to 06:40 on weekdays.",
            "Freight bookings must be made forty-eight hours in advance.",
            "We cannot sail a boat without the people to crew it",
            "gave no firm date for the return of the evening crossing.",
        };
        var positions = order.Select(snippet => text.IndexOf(snippet, StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Should_put_each_paragraph_list_item_and_quote_in_its_own_block()
    {
        var blocks = _cleaned.Text.Split("\n\n");
        Assert.Contains("The late sailing at 21:30 is withdrawn until the end of May.", blocks);
        Assert.Contains("What changes in April", blocks);
    }

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Business")]
    [InlineData("Most read")]
    [InlineData("Lifeboat crew rescue walkers")]
    [InlineData("All rights reserved")]
    [InlineData("Share on Facebook")]
    [InlineData("By Maren Holt")]
    public void Should_drop_the_page_furniture(string furniture) =>
        Assert.DoesNotContain(furniture, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_not_repeat_the_headline_in_the_body() =>
        Assert.DoesNotContain("Ferry timetable cut for spring", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Business", "header")]
    [InlineData("Storm damage closes coastal path between the two lighthouses", "sidebar")]
    [InlineData("© 2024 The Harbour Gazette. All rights reserved.", "footer")]
    [InlineData("Share on Facebook Share on X Email", "share")]
    public void Should_say_why_each_removed_block_went(string block, string reason) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == block && removed.Reason == reason);

    [Fact]
    public void Should_read_the_metadata_from_json_ld_and_opengraph()
    {
        Assert.Equal("Ferry timetable cut for spring", _cleaned.Title);
        Assert.Equal("Maren Holt", _cleaned.Author);
        Assert.Equal("2024-03-14T08:30:00+00:00", _cleaned.Published);
        Assert.Equal("The Harbour Gazette", _cleaned.SiteName);
        Assert.Equal("https://www.harbour-gazette.example/coast/2024/03/ferry-timetable", _cleaned.CanonicalUrl);
        Assert.Equal("en-GB", _cleaned.DeclaredLanguage);
        Assert.Equal("Islanders face fewer crossings after the operator trims its spring schedule.", _cleaned.Standfirst);
    }

    [Fact]
    public void Should_find_the_dateline_before_the_dash() => Assert.Equal("PORTHAVEN", _cleaned.Dateline);
}
