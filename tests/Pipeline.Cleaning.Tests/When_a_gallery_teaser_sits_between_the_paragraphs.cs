namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A story sets a teaser for a photo gallery between its paragraphs: a box holding a heading (the
/// gallery's title), a picture and a caption that is only the link to the gallery ("Galerie"). The
/// heading names the gallery, not a section of the story, and goes with the box, although the
/// story goes on right below it. A section heading over the story's own text stays.
/// </summary>
public class When_a_gallery_teaser_sits_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Radrennen: Neue Strecke führt durch die Altstadt</title></head><body><article>
          <h1>Radrennen: Neue Strecke führt durch die Altstadt</h1>
          <p>Das Radrennen rund um den Marktplatz bekommt im kommenden Jahr eine neue Strecke. Die Fahrer sollen erstmals durch die engen Gassen der Altstadt fahren.</p>
          <p>Der Veranstalter rechnet mit rund 15.000 Zuschauern an der Strecke und will die Zahl der Tribünen verdoppeln.</p>
          <div class="photo-series">
            <h2>Die schönsten Bilder vom Radrennen des Vorjahres</h2>
            <div class="slides"><div class="frame"><a href="/galerie/radrennen-2024/bild-1" title="Galerie"></a><img src="/bilder/radrennen-1.jpg" alt=""></div>
              <p class="img-desc-box"><span class="img-desc"></span><a href="/galerie/radrennen-2024/bild-1" class="more">Galerie</a></p></div>
          </div>
          <p>Für die Anwohner gelten am Renntag Sperrungen zwischen acht und 18 Uhr. Die Buslinien werden über den Ring umgeleitet.</p>
          <h2>Streit um die Kosten</h2>
          <p>Im Stadtrat ist umstritten, wer die zusätzlichen Absperrungen bezahlt. Die Verwaltung will bis zum Sommer einen Vorschlag vorlegen.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_galleries_heading() =>
        Assert.DoesNotContain("Die schönsten Bilder vom Radrennen", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Die Buslinien werden über den Ring umgeleitet.")]
    [InlineData("Streit um die Kosten")]
    [InlineData("will die Zahl der Tribünen verdoppeln.")]
    public void Should_keep_the_story(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);
}
