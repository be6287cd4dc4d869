using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_cleaning_a_blog_post_with_comments
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = BlogWithCommentsPage.Html });

    [Fact]
    public void Should_keep_every_paragraph_of_the_post()
    {
        Assert.StartsWith("Wenn die Küche im Januar kaum siebzehn Grad erreicht", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("sechsundzwanzig Grad", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("statt sich auf das Gefühl zu verlassen.", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_comment_thread_even_though_it_is_prose()
    {
        Assert.DoesNotContain("Ofenlampe", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(_cleaned.Removed, removed => removed.Reason == "comments" && removed.Text.Contains("Wärmflasche", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Schlagwörter")]
    [InlineData("Veröffentlicht am")]
    [InlineData("Impressum")]
    [InlineData("Über mich")]
    public void Should_drop_tags_byline_footer_and_navigation(string furniture) =>
        Assert.DoesNotContain(furniture, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_take_author_and_date_from_the_page_not_from_the_comments()
    {
        Assert.Equal("Jonas Brenner", _cleaned.Author);
        Assert.Equal("2023-01-12", _cleaned.Published);
        Assert.Equal("de", _cleaned.DeclaredLanguage);
    }
}
