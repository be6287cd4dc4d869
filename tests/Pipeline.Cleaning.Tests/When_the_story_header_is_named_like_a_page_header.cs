namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Component templates name the story's own header after the page type ("ReviewPage-header",
/// "ArticlePage-header"), which reads like a site's page header: inside the article, a header
/// element holding the headline, the dek and the byline is the story's, and its dek is the
/// standfirst. The site's header outside the article still goes.
/// </summary>
public class When_the_story_header_is_named_like_a_page_header
{
    private const string Html = """
        <html><head><title>Vela Commute 2 review: a sensible e-bike with one big flaw</title></head><body>
          <header class="page-header"><a href="/">Wired Valley</a><nav><a href="/gear">Gear</a> <a href="/reviews">Reviews</a></nav><p>Your weekly guide to the gear worth buying.</p></header>
          <main><article class="ReviewPage-article">
            <header class="ReviewPage-header">
              <h1>Vela Commute 2 review: a sensible e-bike with one big flaw</h1>
              <div class="ReviewPage-dek">Light, quiet and easy to live with, the Commute 2 is let down by a battery that gives up early on cold mornings.</div>
              <div class="BylineWrapper">By Dev Raman</div>
            </header>
            <div class="ReviewPage-body">
              <p>The Commute 2 is the kind of electric bike you forget is electric. Its rear hub motor adds a gentle push from the first turn of the pedals, and it makes almost no noise.</p>
              <p>I rode it for six weeks on a 14-kilometre commute that includes one long hill and a stretch of canal towpath.</p>
            </div>
          </article></main>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_dek() =>
        Assert.Contains("Light, quiet and easy to live with", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_leave_out_the_sites_header() =>
        Assert.DoesNotContain("Your weekly guide", _cleaned.Text, StringComparison.Ordinal);
}
