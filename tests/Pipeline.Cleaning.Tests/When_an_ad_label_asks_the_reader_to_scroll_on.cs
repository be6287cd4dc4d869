namespace Pipeline.Cleaning.Tests;

public class When_an_ad_label_asks_the_reader_to_scroll_on
{
    private const string Html = """
        <html><head><title>Port workers end walkout after pay deal</title></head><body><article>
          <h1>Port workers end walkout after pay deal</h1>
          <div data-testid="paragraph-0">ROTTERDAM, March 4 (Wirewatch) - Dock workers at the port's two largest container terminals returned to work on Wednesday after their union accepted a pay rise of 5.5% over two years.</div>
          <div class="text-ui_c3k2"><span>Advertisement · Scroll to continue</span></div>
          <div data-testid="paragraph-1">The four-day walkout had left more than forty ships waiting at anchor off the coast, the port authority said, and it would take about a week to clear the backlog.</div>
          <div data-testid="paragraph-2">Shipping lines had begun diverting vessels to Antwerp and Hamburg on Monday, when talks between the union and the terminal operators broke down for a second time.</div>
          <div data-testid="paragraph-3">Reporting by Maarten Bos; Editing by Lena Hart</div>
          <div class="text-ui_c3k2"><span>Advertisement · Scroll to continue</span></div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_ad_label_between_and_below_the_paragraphs() =>
        Assert.DoesNotContain("Scroll to continue", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_reporting_and_editing_line_above_the_last_label() =>
        Assert.DoesNotContain("Editing by", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_to_its_last_paragraph() =>
        Assert.EndsWith("broke down for a second time.", _cleaned.Text, StringComparison.Ordinal);
}
