namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A shop's or an archive's page opens with a text about its subject and then lists what it sells
/// or holds, under the listing's counter: "Showing 1–12 of 30 results", "Es werden die Produkte 1
/// bis 12 von insgesamt 30 angezeigt!". The counter says where the reader is in the list, like a
/// pager; it is not part of the text. A sentence that reports a share ("2 to 3 of 10 growers ...")
/// is text.
/// </summary>
public class When_a_listing_counts_the_results_it_shows
{
    private static string Page(string counter) => $$"""
        <html><head><title>Wines from the Douro valley | Cellar Door</title></head><body>
        <header><a href="/">Cellar Door</a><nav><a href="/red">Red</a> <a href="/white">White</a></nav></header>
        <main><div class="region">
          <h1>Wines from the Douro valley</h1>
          <p>The Douro runs through steep terraces of schist, where vines have been planted on walls built by hand for more than two centuries.</p>
          <p>Most growers still pick by hand, and between 2 and 3 of every 10 bottles made here are port rather than table wine.</p>
          <p>{{counter}}</p>
          <p>Our selection covers both, from young reds for every day to vintage ports that will keep for decades.</p>
        </div></main>
        </body></html>
        """;

    [Theory]
    [InlineData("Showing 1–12 of 30 results")]
    [InlineData("Es werden die Produkte 1 bis 12 von insgesamt 30 angezeigt!")]
    [InlineData("Mostrando 1-12 de 30 resultados")]
    [InlineData("1 - 12 of 30 items")]
    public void Should_remove_the_counter(string counter)
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(counter) });
        Assert.DoesNotContain(counter, cleaned.Text);
        Assert.Contains("Most growers still pick by hand, and between 2 and 3 of every 10 bottles made here are port rather than table wine.", cleaned.Text);
        Assert.Contains("Our selection covers both", cleaned.Text);
    }

    [Fact]
    public void Should_keep_a_short_sentence_that_reports_a_share()
    {
        var line = "Only 2 to 3 of 10 growers sell abroad.";
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(line) });
        Assert.Contains(line, cleaned.Text);
    }
}
