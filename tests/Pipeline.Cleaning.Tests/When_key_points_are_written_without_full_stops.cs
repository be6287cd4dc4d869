namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Broadcasters open the story with a "Key points:" box between the picture and the body, whose items are sentences
/// written without the full stop ("The nearest branch will be in Cooradine, 84 kilometres away"). Under that label
/// they are the story's summary, kept with the body; the label goes. A list of short unlabelled lines above the body
/// is still no summary unless its items end as sentences.
/// </summary>
public class When_key_points_are_written_without_full_stops
{
    private const string Html = """
        <html><head><title>Ferry service to Kells Island cut to three days a week | Coastline News</title></head><body>
        <nav><a href="/">Home</a> <a href="/regional">Regional</a></nav>
        <div class="Headline_wrap"><h1>Ferry service to Kells Island cut to three days a week</h1></div>
        <div class="Byline_wrap"><a href="/people/jo-barratt">Jo Barratt</a> <span>Posted 2h ago</span></div>
        <figure><img src="/ferry.jpg" alt="A ferry at a jetty"><figcaption>The Kells Island ferry at the mainland jetty.</figcaption></figure>
        <div id="body" class="Article_body">
          <div class="KeyPoints_box"><h2 class="KeyPoints_title">Key points:</h2><ul><li>The operator says fuel costs have doubled since the contract was signed</li><li>Islanders will lose their Monday and Friday crossings</li><li>The state government says it will review the contract next year</li></ul></div>
          <div class="RichText_text">
            <p>The only ferry to Kells Island will run on just three days a week from next month, leaving the island's 340 residents without a crossing on Mondays and Fridays.</p>
            <p>Harbour Lines, which has run the service for twelve years, said the cut was the only way to keep the route going without a larger subsidy from the state.</p>
            <p>Island resident Maureen Dale said many older people relied on the Monday boat to reach the doctor and the pharmacy on the mainland.</p>
            <p>"We were told the service was safe until the contract ends," she said. "Now we find out from a notice on the jetty."</p>
          </div>
        </div>
        <footer><p>© Coastline News</p></footer>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("The operator says fuel costs have doubled since the contract was signed")]
    [InlineData("Islanders will lose their Monday and Friday crossings")]
    [InlineData("The state government says it will review the contract next year")]
    public void Should_keep_every_key_point(string point) => Assert.Contains(point, _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_drop_the_label() => Assert.DoesNotContain("Key points:", _cleaned.Text);
}
