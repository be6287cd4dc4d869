namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented news page with endless scroll: the story asked for comes first, and the next two
/// stories are preloaded below it in the same boxes, each longer than the first.
/// </summary>
internal static class PreloadedStoriesPage
{
    private static string Story(int number, string headline, int paragraphs) => $"""
        <article id="article-{number}" class="entry-main-content">
          <header class="entry-heading"><h1>{headline}</h1></header>
          <div class="entry-text">
            {string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>Paragraph {i} of the story about {headline.ToLowerInvariant()}, long enough to read as prose, with a clause or two, and a few more words to make it count.</p>"))}
          </div>
        </article>
        """;

    public static readonly string Html = $"""
        <html lang="en"><head><title>Daily Herald | Blessing of the vehicles this Saturday</title></head><body>
          <main><div class="scrollblock">
            {Story(0, "Blessing of the vehicles this Saturday", 3)}
            {Story(1, "Prosecutor praises the work of her office", 8)}
            {Story(2, "New bus lanes open on the avenue", 9)}
          </div></main>
        </body></html>
        """;
}
