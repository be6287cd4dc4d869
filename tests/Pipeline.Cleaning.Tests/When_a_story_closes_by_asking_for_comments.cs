namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A magazine story closes with a line asking readers to answer under it ("Was halten Sie davon?
/// Verraten Sie es uns in den Kommentaren!", "Let us know in the comments below"): the line speaks
/// to the comment box, not of the story, and goes. A closing paragraph that reports what readers
/// wrote in the comments is the story's and stays.
/// </summary>
public class When_a_story_closes_by_asking_for_comments
{
    private const string German = """
        <html><head><title>Balkonkraftwerke: Was die neue Regel bringt</title></head><body><article>
          <h1>Balkonkraftwerke: Was die neue Regel bringt</h1>
          <p>Seit dem Frühjahr dürfen Mieter kleine Solaranlagen am Balkon leichter anmelden. Statt eines Formulars beim Netzbetreiber genügt nun ein Eintrag im Register.</p>
          <p>Ein Modul mit 400 Watt liefert im Jahr je nach Lage zwischen 300 und 400 Kilowattstunden, genug für einen Kühlschrank und den Router.</p>
          <p>Wer plant, eine Anlage zu kaufen, sollte vorher mit dem Vermieter sprechen und die Befestigung prüfen lassen.</p>
          <p>Nutzen Sie schon ein Balkonkraftwerk? Verraten Sie es uns gerne in den Kommentaren!</p>
        </article></body></html>
        """;

    private const string English = """
        <html><head><title>Why the village bakery closes on Mondays</title></head><body><article>
          <h1>Why the village bakery closes on Mondays</h1>
          <p>For thirty years the bakery on Mill Lane has opened six days a week. From next month it will close on Mondays as well as Sundays.</p>
          <p>The owner says the cost of running the ovens has doubled since last winter, and Monday was always the quietest day.</p>
          <p>Many readers wrote in the comments under our first report that they would happily buy their bread on Tuesday instead.</p>
          <p>Would a shorter week change where you shop? Let us know in the comments below.</p>
        </article></body></html>
        """;

    private static string Clean(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    [Theory]
    [InlineData(German, "Verraten Sie es uns gerne in den Kommentaren")]
    [InlineData(English, "Let us know in the comments below")]
    public void Should_leave_out_the_prompt(string html, string prompt) =>
        Assert.DoesNotContain(prompt, Clean(html), StringComparison.Ordinal);

    [Theory]
    [InlineData(German, "die Befestigung prüfen lassen.")]
    [InlineData(English, "Many readers wrote in the comments under our first report")]
    [InlineData(English, "Monday was always the quietest day.")]
    public void Should_keep_the_story(string html, string sentence) =>
        Assert.Contains(sentence, Clean(html), StringComparison.Ordinal);
}
