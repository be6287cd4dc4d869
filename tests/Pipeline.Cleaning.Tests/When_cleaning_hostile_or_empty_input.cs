namespace Pipeline.Cleaning.Tests;

public class When_cleaning_hostile_or_empty_input
{
    private static CleanedDocument CleanHtml(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    [Fact]
    public void Should_survive_endlessly_nested_unclosed_tags()
    {
        var html = string.Concat(Enumerable.Repeat("<div><font>", 100_000)) + "<p>A paragraph at the bottom of a very deep page still reads as text, with enough words to count as prose.</p>";

        var cleaned = CleanHtml(html);

        Assert.Contains("A paragraph at the bottom of a very deep page", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<!-- never closed")]
    [InlineData("<script>never closed")]
    [InlineData("<p class=\"unterminated>text")]
    [InlineData("<html><body></body></html>")]
    public void Should_return_an_empty_article_rather_than_fail(string html) =>
        Assert.NotNull(CleanHtml(html).Text);

    [Fact]
    public void Should_keep_plain_text_that_has_no_article_shape()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = "Shopping list\n\nEggs\n\nFlour" });
        Assert.Equal("Shopping list\n\nEggs\n\nFlour", cleaned.Text);
    }
}
