using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_a_paywall_template_wraps_the_free_paragraphs
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = PaywallPreviewPage.Html });

    [Fact]
    public void Should_keep_the_paragraphs_of_the_declared_body_whatever_their_box_is_called()
    {
        Assert.StartsWith("A fire destroyed a barn", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("the cause is under investigation.", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_the_teaser_summaries_out() =>
        Assert.DoesNotContain("resurface fourteen blocks", _cleaned.Text, StringComparison.Ordinal);
}
