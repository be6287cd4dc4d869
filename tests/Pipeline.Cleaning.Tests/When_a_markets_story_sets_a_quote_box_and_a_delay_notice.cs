namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A markets portal sets the share's quote in a box under the teaser (name, price, change,
/// exchange, time, "Chart") and closes the story with a notice that its quotes are delayed and
/// are no investment advice. Quotes set inside a sentence are the sentence's.
/// </summary>
public class When_a_markets_story_sets_a_quote_box_and_a_delay_notice
{
    private const string Html = """
        <html><head><title>Saline shares jump after takeover bid</title></head><body><article>
          <h1>Saline shares jump after takeover bid</h1>
          <p class="teaser">A Danish rival has offered 31 euros a share for the salt producer, well above Friday's close.</p>
          <div class="quote-box"><span>Saline Werke AG</span> <span>29,84 €</span> <span>+4,12 € (+16,02 %)</span> <span>Tradegate · 10:31 Uhr</span> <a href="/chart">Chart</a></div>
          <div class="body">
            <p>The shares of Saline Werke 29,84 € +16,02 % rose by the most in a decade on Monday after the offer was made public before the open.</p>
            <p>The bidder, Havsalt, said it already held nine per cent of the company and had the backing of the founding family for the rest.</p>
            <p>Analysts said a higher offer could not be ruled out, since two other producers had looked at the company last year.</p>
            <p class="note">Quotes are delayed by at least 15 minutes. Not investment advice.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_quote_box() =>
        Assert.DoesNotContain("Tradegate", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_leave_out_the_delay_notice() =>
        Assert.DoesNotContain("delayed by at least 15 minutes", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_quote_set_inside_a_sentence() =>
        Assert.Contains("The shares of Saline Werke 29,84 € +16,02 % rose by the most in a decade", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_start_with_the_teaser() =>
        Assert.StartsWith("A Danish rival has offered", _cleaned.Text, StringComparison.Ordinal);
}
