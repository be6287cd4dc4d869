namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented local news brief in a paywall template: the free paragraphs sit in a
/// "subscriber-preview" box inside the declared article body, and a grid of teasers with
/// summaries below holds more prose than the story itself.
/// </summary>
internal static class PaywallPreviewPage
{
    private const string Teaser = """
        <div class="card"><h3><a href="/t">Council approves road repairs for the summer</a></h3>
          <p class="summary">The council approved a plan to resurface fourteen blocks of residential streets, the largest road programme in a decade, paid for by a sales tax voters approved.</p></div>
        """;

    public static readonly string Html = $"""
        <html lang="en"><head><title>Fire destroys barn near Oakdale</title></head><body>
          <article class="asset">
            <h1>Fire destroys barn near Oakdale</h1>
            <div class="asset-content" itemprop="articleBody">
              <div id="article-body" class="subscriber-preview">
                <p>A fire destroyed a barn and several pieces of farm equipment north of Oakdale on Sunday night, according to the volunteer fire department.</p>
                <p>Crews from four departments fought the fire for more than three hours, using tanker trucks to carry water to the site, the chief said.</p>
                <p>No one was hurt. The owners moved their cattle out of a neighbouring pen before the fire spread, and the cause is under investigation.</p>
              </div>
            </div>
          </article>
          <div class="more-from-section"><h3>More from this section</h3>{Teaser}{Teaser}{Teaser}{Teaser}</div>
        </body></html>
        """;
}
