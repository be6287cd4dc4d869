namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A paywall template shows the story's first paragraphs and fades the last of them out under
/// a gradient, naming it for the wall ("<c>&lt;p class="paywall-fade"&gt;</c>", "paywall-blur"):
/// the paragraph is printed whole and is the story's. The wall's own box below it, its pitch
/// and its price, still goes.
/// </summary>
public class When_a_paywall_fades_out_the_last_free_paragraph
{
    private const string Html = """
        <html><head><title>Harbour cranes go electric at the container terminal</title></head><body>
        <div class="topbar"><a href="/">Port Trade Weekly</a> <a href="/subscribe">Subscribe</a></div>
        <main><article>
          <h1>Harbour cranes go electric at the container terminal</h1>
          <p class="article-lead">The container terminal at Westquay has replaced its last diesel straddle carriers with battery machines, two years ahead of plan.</p>
          <div class="article-body article-body--locked">
            <p>The terminal handles about 900,000 containers a year, most of them bound for warehouses inland. Its fleet of 42 straddle carriers used to burn more diesel than any other part of the port, and the noise at night was the first thing neighbours complained about.</p>
            <p>The new machines charge at six stations along the quay during the breaks between ships. The operator says a full charge takes under an hour and lasts a whole shift, even in the cold months when batteries hold less.</p>
            <p class="paywall-fade">The first months have brought fewer breakdowns than the old fleet had, but drivers say the machines react differently on wet asphalt, and the operator has had to retrain every crew on the night shift before the winter storms.</p>
          </div>
          <div class="paywall"><h2 class="paywall__title">Subscribe to read the whole article</h2>
            <p class="paywall__text">This article is available to subscribers of Port Trade Weekly Premium. Get access to all our analysis, case studies and the archive since 2008.</p>
            <a class="btn" href="/subscribe">Subscribe</a></div>
        </article></main>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_faded_paragraph() =>
        Assert.EndsWith("before the winter storms.", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Subscribe to read the whole article")]
    [InlineData("This article is available to subscribers")]
    public void Should_drop_the_walls_own_box(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);
}
