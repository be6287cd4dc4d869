namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Boxes set between a story's paragraphs carry a label: a heading named as the box's label in a
/// box of any name ("<c>&lt;h3 class="box__label"&gt;Hintergrund</c>"), a label line above the box's
/// title ("<c>&lt;p class="fact__label"&gt;Faktaboks</c>"), the title of a French "encadré" set as an
/// aside. The labels and titles go; the boxes' prose is the story's and stays, the encadré's too.
/// A section heading of the story stays.
/// </summary>
public class When_a_box_between_the_paragraphs_is_named_by_its_label
{
    private const string Html = """
        <html><head><title>Neue Loipen im Leutaschtal</title></head><body><article>
          <h1>Neue Loipen im Leutaschtal</h1>
          <div class="story-text">
            <p>Im Leutaschtal werden in diesem Winter erstmals zwölf Kilometer Loipe mit Schnee aus einem Speicherteich präpariert. Der Tourismusverband rechnet mit deutlich mehr Gästen im Jänner.</p>
            <h2>Beschneiung als Versicherung</h2>
            <p>Die Anlage soll vor allem in schneearmen Wintern den Betrieb sichern. In den vergangenen fünf Jahren konnten die Loipen im Durchschnitt erst Mitte Jänner geöffnet werden.</p>
            <div class="box box--hintergrund"><h3 class="box__label">Hintergrund</h3>
              <p>Langlauf zählt in Tirol zu den am schnellsten wachsenden Wintersportarten. Der Verband zählt mehr als 800 Kilometer gespurte Loipen im ganzen Land.</p>
            </div>
            <p>Die Gemeinde beteiligt sich mit 300.000 Euro an den Kosten, den Rest tragen Land und Tourismusverband zu gleichen Teilen.</p>
            <aside class="fact"><p class="fact__label">Faktaboks</p><h3 class="fact__title">Loipen in Zahlen</h3>
              <div class="fact__body"><p>Im ganzen Bezirk gibt es 260 Kilometer Loipe, davon 40 Kilometer für Skater. Die längste Runde führt über 25 Kilometer durch das Gaistal.</p></div>
            </aside>
            <aside class="encadre"><h3 class="encadre__titre">Repères</h3>
              <div class="texte"><p>Le ski de fond se pratique dans la vallée depuis les années 1930, quand les premiers moniteurs ont tracé une piste entre les fermes du fond de la vallée.</p></div>
            </aside>
            <p>Die Loipen sollen ab dem 20. Dezember befahrbar sein, wenn das Wetter mitspielt.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Hintergrund")]
    [InlineData("Faktaboks")]
    [InlineData("Loipen in Zahlen")]
    [InlineData("Repères")]
    public void Should_remove_the_boxes_labels(string label) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == label && removed.Reason == "label");

    [Theory]
    [InlineData("Beschneiung als Versicherung")]
    [InlineData("Der Verband zählt mehr als 800 Kilometer gespurte Loipen im ganzen Land.")]
    [InlineData("Die längste Runde führt über 25 Kilometer durch das Gaistal.")]
    [InlineData("Le ski de fond se pratique dans la vallée depuis les années 1930")]
    [InlineData("Die Loipen sollen ab dem 20. Dezember befahrbar sein")]
    public void Should_keep_the_boxes_prose_and_the_section_heading(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
