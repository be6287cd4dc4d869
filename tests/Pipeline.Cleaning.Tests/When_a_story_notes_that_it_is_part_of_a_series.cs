namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A newsletter or blog sets a note between its first paragraphs to say the piece is one of a
/// series and where the other parts are ("Dieser Text ist Teil unserer Serie …", "This story is
/// part of our series …", "Cet article fait partie de notre série …"), often in a callout card with
/// an emoji of its own: it points to other issues, it is no line of the story. The emoji goes with it.
/// </summary>
public class When_a_story_notes_that_it_is_part_of_a_series
{
    private const string Html = """
        <html><head><title>Das Freibad, das im Winter öffnet</title></head><body>
        <article class="gh-article">
          <h1>Das Freibad, das im Winter öffnet</h1>
          <section class="gh-content">
            <p>Seit Anfang Dezember ist das Freibad in Unterfeld auch bei Frost geöffnet: Das Becken wird mit der Abwärme des benachbarten Rechenzentrums beheizt.</p>
            <div class="kg-card kg-callout-card"><div class="kg-callout-emoji">🏊</div><div class="kg-callout-text">Dieser Text ist Teil unserer Serie Stadt im Winter. Alle bisherigen Folgen findest du <a href="/tag/winter/">hier</a>.</div></div>
            <p>An einem Dienstagmorgen um sieben ziehen zwölf Schwimmerinnen und Schwimmer ihre Bahnen, über dem Wasser steht Dampf, am Beckenrand liegt Reif.</p>
            <p>Die Stadtwerke rechnen damit, dass sich die Leitung zum Rechenzentrum in zehn Jahren bezahlt gemacht hat, wenn die Energiepreise so bleiben.</p>
          </section>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Dieser Text ist Teil unserer Serie")]
    [InlineData("🏊")]
    public void Should_drop_the_series_note_and_its_emoji(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story() =>
        Assert.Equal(3, _cleaned.Text.Split("\n\n").Length);
}
