namespace Pipeline.Cleaning.Tests;

/// <summary>
/// An editor's note saying when the story was updated and what was added ("Juttua päivitetty 2.12.
/// klo 11.05: Lisätty …", "Aktualisiert um 11.05 Uhr: …") is about the story's versions, and a meta
/// line whose stamp gives the month in words ("Agencia Sur | Valparaíso | 2 dic 2026 Actualizado:
/// 2 dic 2026 20:05 (GMT)") is a stamp: both go. A correction and a sentence that says what was
/// updated in the world stay.
/// </summary>
public class When_an_update_note_or_a_worded_stamp_heads_the_story
{
    private const string Html = """
        <html><head><title>Uusi silta avataan liikenteelle</title></head><body><article>
          <h1>Uusi silta avataan liikenteelle</h1>
          <div class="entry-meta"><span class="byline">Agencia Sur</span> <span class="sep">|</span> <time datetime="2026-12-02T19:42:11+00:00">Valparaíso, Región de Valparaíso | 2 dic 2026</time> <span class="updated-label">Actualizado:</span> <time datetime="2026-12-02T20:05:37+00:00">2 dic 2026 20:05 (GMT)</time></div>
          <p class="note"><strong>Juttua päivitetty 2.12. klo 11.05:</strong> Lisätty kaupungininsinöörin kommentit.</p>
          <p class="note">Aktualisiert um 11.05 Uhr: Stellungnahme der Stadtwerke ergänzt.</p>
          <p>Kaupungin uusi silta avataan liikenteelle ensi maanantaina, kertoo kaupunki. Silta korvaa vanhan, yli kuusikymmentä vuotta vanhan puusillan, joka suljettiin keväällä.</p>
          <p>Korjaus: Aiemmin jutussa kerrottiin virheellisesti, että silta maksaa neljä miljoonaa euroa.</p>
          <p>Päivitetyt aikataulut: bussit kulkevat sillan yli maanantaista alkaen kymmenen minuutin välein.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Juttua päivitetty")]
    [InlineData("Aktualisiert um")]
    [InlineData("Agencia Sur")]
    [InlineData("(GMT)")]
    public void Should_leave_out_the_update_note_and_the_meta_line(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Korjaus: Aiemmin jutussa kerrottiin")]
    [InlineData("Päivitetyt aikataulut: bussit kulkevat")]
    [InlineData("Kaupungin uusi silta avataan")]
    public void Should_keep_the_correction_and_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
