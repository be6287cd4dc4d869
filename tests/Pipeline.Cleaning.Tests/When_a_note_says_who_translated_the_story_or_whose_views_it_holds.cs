namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A translated edition credits its translator ("This article was translated from Spanish by
/// Daniel Moss.", "Traducido por …", "Aus dem Englischen übersetzt von …"), and a debate page
/// says whose views the piece holds ("Detta är en debattartikel. Åsikterna som uttrycks är
/// skribentens egna.", "The views expressed are the author's own."): credits and disclaimers,
/// not the story. A sentence of the story about a translated book stays.
/// </summary>
public class When_a_note_says_who_translated_the_story_or_whose_views_it_holds
{
    private const string Html = """
        <html><head><title>Dockworkers begin indefinite strike</title></head><body><article>
          <h1>Dockworkers begin indefinite strike</h1>
          <div class="translation-notice"><p>This article was translated from Spanish by Daniel Moss. <a href="/es/huelga">Read the original in Spanish</a>.</p></div>
          <p>Traducido por Marta Gil.</p>
          <p>Aus dem Englischen übersetzt von Jana Weber.</p>
          <div class="article__disclaimer"><p>Detta är en debattartikel. Åsikterna som uttrycks är skribentens egna.</p></div>
          <p>About 3,800 dockworkers at Puerto Lindero began an indefinite strike on Friday in protest against a plan to automate two of its four terminals.</p>
          <p>The union's history, translated by a retired docker into English last year, sold out in a week at the port's bookshop.</p>
          <p><em>This is an opinion piece. The views expressed are the author's own.</em></p>
          <p>The labor ministry has called both sides to a meeting on Monday.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("translated from Spanish by")]
    [InlineData("Traducido por")]
    [InlineData("übersetzt von")]
    [InlineData("Åsikterna som uttrycks")]
    [InlineData("This is an opinion piece")]
    public void Should_leave_out_the_note(string note) =>
        Assert.DoesNotContain(note, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("translated by a retired docker into English last year")]
    [InlineData("The labor ministry has called both sides to a meeting on Monday.")]
    public void Should_keep_the_story(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);
}
