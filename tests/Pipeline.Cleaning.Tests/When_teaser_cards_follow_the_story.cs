namespace Pipeline.Cleaning.Tests;

public class When_teaser_cards_follow_the_story
{
    private const string Html = """
        <html><head><title>Vineyards pick early after a hot summer</title></head><body><div class="page"><div class="content">
          <h1>Vineyards pick early after a hot summer</h1>
          <p>Growers along the lake began picking white grapes in the last week of August, almost three weeks earlier than their grandparents did, after the hottest summer on record.</p>
          <h2>Sugar up, acidity down</h2>
          <p>The grapes came in ripe and sweet, but winemakers worry about the low acidity that gives the region's whites their freshness, and some are picking at night to keep the fruit cool.</p>
          <p>The growers' association will publish its harvest figures in November, when the last of the sweet wines have been picked from the shrivelled late bunches.</p>
          <div class="grid">
            <h2>More on the topic</h2>
            <div class="card"><div class="card-body"><div class="label">News</div><h3><a href="/a">Ten cellars to visit this autumn</a></h3><p>From old vaulted cellars to glass cubes among the vines: where to taste this year's wines.</p></div></div>
            <div class="card"><div class="card-body"><div class="label">News</div><h3><a href="/b">The wind farms on the plain</a></h3><p>Turbines have long shaped the landscape, and new ones will replace the first generation.</p></div></div>
            <div class="card"><div class="card-body"><div class="label">News</div><h3><a href="/c">A sound of the lake</a></h3><p>How three composers shaped the region, and where to hear their music this season.</p></div></div>
          </div>
        </div></div></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("From old vaulted cellars to glass cubes")]
    [InlineData("Turbines have long shaped the landscape")]
    [InlineData("How three composers shaped the region")]
    public void Should_remove_the_summary_under_each_linked_headline(string summary) =>
        Assert.DoesNotContain(summary, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_and_its_own_subheading()
    {
        Assert.Contains("Sugar up, acidity down", _cleaned.Text.Split("\n\n"));
        Assert.Contains("picked from the shrivelled late bunches.", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_roundup_whose_linked_headings_stand_among_the_paragraphs()
    {
        var html = """
            <html><head><title>Three walks for a wet weekend</title></head><body><article>
              <h1>Three walks for a wet weekend</h1>
              <p>Rain need not keep you indoors: these three routes stay firm underfoot and have a café at the halfway point, so a shower is an excuse for cake.</p>
              <h3><a href="/walks/river">The river path</a></h3>
              <p>Five miles on gravel from the old mill to the weir and back, flat all the way and sheltered by willows for most of it.</p>
              <h3><a href="/walks/forest">The forest loop</a></h3>
              <p>A three-mile circuit under beech trees on a raised boardwalk, with a hide where herons nest in spring.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains("Five miles on gravel from the old mill", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("A three-mile circuit under beech trees", cleaned.Text, StringComparison.Ordinal);
    }
}
