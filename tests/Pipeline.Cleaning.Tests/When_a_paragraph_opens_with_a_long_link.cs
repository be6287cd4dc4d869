namespace Pipeline.Cleaning.Tests;

public class When_a_paragraph_opens_with_a_long_link
{
    private const string Html = """
        <html><head><title>Cup tie moves to the old ground</title></head><body><article>
          <h1>Cup tie moves to the old ground</h1>
          <p>The club will play Sunday's cup tie at its old ground by the river, because the new stadium's pitch has to be relaid after the frost damaged its drainage.</p>
          <p><a href="/tickets">Tickets for the cup tie on Sunday afternoon are still on sale at the club shop and online</a>, which opens at ten on Saturday.</p>
          <p>Season ticket holders keep their usual seats in the covered stand, and the club has asked supporters to arrive early because the old turnstiles are slower.</p>
          <p>More: <a href="/story/2">The frost that ruined a pitch worth two million</a></p>
          <p>Kick-off stays at three o'clock, and the match will be shown live on the club's own channel for those who cannot get a seat.</p>
          <p><a href="/story/3">Captain signs a new two-year contract with the club</a> (12 March)</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_sentence_that_runs_on_after_its_link() =>
        Assert.Contains("Tickets for the cup tie on Sunday afternoon are still on sale at the club shop and online, which opens at ten", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The frost that ruined a pitch worth two million")]
    [InlineData("Captain signs a new two-year contract")]
    public void Should_still_remove_the_related_links(string related) =>
        Assert.DoesNotContain(related, _cleaned.Text, StringComparison.Ordinal);
}
