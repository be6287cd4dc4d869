using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_cleaning_a_page_with_a_cookie_banner_and_promos
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = PromoAndCookiePage.Html });

    [Fact]
    public void Should_keep_the_article_around_the_promo_box()
    {
        Assert.StartsWith("For centuries people assumed", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("enough for insects to keep their bearings.", _cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We use cookies", "cookie-banner")]
    [InlineData("Sign up for our newsletter", "promo")]
    [InlineData("Become a member for $5 a month", "promo")]
    public void Should_remove_banner_and_promos_with_their_reason(string snippet, string reason)
    {
        Assert.DoesNotContain(snippet, _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(_cleaned.Removed, removed => removed.Text.Contains(snippet, StringComparison.Ordinal) && removed.Reason == reason);
    }

    [Fact]
    public void Should_account_for_every_visible_block()
    {
        var visible = new[] { "Accept all", "Get the weekly digest", "Why moths circle lamps", "Under an artificial lamp the rule fails." };
        foreach (var snippet in visible)
            Assert.True(_cleaned.Text.Contains(snippet, StringComparison.Ordinal) || _cleaned.Removed.Any(r => r.Text.Contains(snippet, StringComparison.Ordinal)), snippet);
    }
}
