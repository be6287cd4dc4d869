namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A short closing line (a letter's signature) with an ad slot between it and the next heading
/// has not lost its section's text: the ad is no section's. A heading whose links were removed
/// under it still dangles.
/// </summary>
public class When_an_ad_follows_a_letters_signature
{
    private const string Html = """
        <html><head><title>Letters: Our harbour, our town | Coast Packet</title></head><body><main><article>
          <h1>Letters: Our harbour, our town</h1>
          <div class="letters-body">
            <div class="letter"><h2>Fishermen were not consulted</h2>
              <p>As one of the last four full-time fishermen working out of the harbour, I was surprised to read that the commissioners had consulted widely on the marina plan. Nobody asked us.</p>
              <p>The drawings show the new pontoons taking up the inner basin where we land our catch and store our pots. We have been promised a new quay in a later phase.</p>
              <p class="signature"><strong>Jory Tonkin, Porthcarrow</strong></p></div>
            <div class="ad-inline"><span>Advertisement</span></div>
            <div class="letter"><h2>Some of us welcome the plan</h2>
              <p>Not everyone in the town is against the marina. My daughter and her husband both had to leave to find work, and so did most of their friends, and a boatyard would bring jobs.</p>
              <p class="signature"><strong>Alan Rowe, St Merran</strong></p></div>
            <h3>More letters</h3>
            <div class="more"><a href="/letters/1">Letters: Bus cuts leave villages stranded</a> <a href="/letters/2">Letters: Remembrance, and a thank you</a></div>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Jory Tonkin, Porthcarrow")]
    [InlineData("Alan Rowe, St Merran")]
    public void Should_keep_each_signature(string signature) =>
        Assert.Contains("\n\n" + signature + "\n\n", "\n\n" + _cleaned.Text + "\n\n", StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_the_heading_over_the_removed_links() =>
        Assert.DoesNotContain("More letters", _cleaned.Text, StringComparison.Ordinal);
}
