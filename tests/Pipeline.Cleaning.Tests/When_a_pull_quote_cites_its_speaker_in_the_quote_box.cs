namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A pull quote whose attribution stands straight in the quote's box, after the quote's
/// paragraph ("&lt;blockquote&gt;&lt;p&gt;“…”&lt;/p&gt;&lt;cite&gt;Ann Whitlock&lt;/cite&gt;&lt;/blockquote&gt;"),
/// goes with it; a blockquote of the story's own, not repeated in the text, stays whole.
/// </summary>
public class When_a_pull_quote_cites_its_speaker_in_the_quote_box
{
    private const string Html = """
        <html><head><title>The care home price gap</title></head><body><main><article>
          <h1>The care home price gap</h1>
          <section class="chapter">
            <p>When Ann Whitlock's mother moved into a care home in 2023, the weekly fee was £1,150. By this autumn it had reached £1,640, an increase of more than 40 per cent in three years.</p>
            <p>"I understand that the home has costs," Mrs Whitlock said. "What I don't understand is why my mother's savings are paying for everyone else. Nobody ever explained that to us when she moved in."</p>
            <blockquote class="pullquote"><p>“Nobody ever explained that to us when she moved in.”</p><cite>Ann Whitlock</cite></blockquote>
            <p>Her experience is far from unusual. Our analysis of fee data from 212 care homes found that people paying for their own care were charged on average 47 per cent more than the council rate.</p>
            <blockquote><p>“Without self-funders, half the homes in this county would close within a year.”</p><cite>Raj Kapoor, providers' association</cite></blockquote>
            <p>The county council said its rates were set after consultation with providers and had risen by more than inflation in each of the last three years.</p>
          </section>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("“Nobody ever explained that to us when she moved in.”")]
    [InlineData("Ann Whitlock")]
    public void Should_remove_the_quote_and_its_attribution(string line) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == line && removed.Reason == "pull-quote");

    [Fact]
    public void Should_keep_a_quote_the_text_does_not_repeat_with_its_speaker() =>
        Assert.Contains("Raj Kapoor, providers' association", _cleaned.Text, StringComparison.Ordinal);
}
