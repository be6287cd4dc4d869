namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Ad labels, "the article continues after the ad", source lines, picture counts, key-point labels
/// and picture credits in Norwegian, Swedish, Finnish, Hungarian, Croatian, Slovak, Czech,
/// Bulgarian, Malay and Catalan, as the pipeline already knew them in English, German and the
/// Romance languages. Sentences that hold the same words stay.
/// </summary>
public class When_furniture_is_labelled_in_nordic_and_central_european_languages
{
    [Theory]
    [InlineData("Annonse", "ad")]
    [InlineData("Mainos", "ad")]
    [InlineData("Hirdetés", "ad")]
    [InlineData("Iklan", "ad")]
    [InlineData("A cikk a hirdetés után folytatódik", "ad")]
    [InlineData("Artikkelen fortsetter under annonsen", "ad")]
    [InlineData("Článok pokračuje pod reklamou", "ad")]
    [InlineData("Izvor: Hina", "credit")]
    [InlineData("Zdroj: TASR, VN", "credit")]
    [InlineData("Източник: БТА", "credit")]
    [InlineData("Forrás: MTI", "credit")]
    [InlineData("+9 fotografija", "media")]
    [InlineData("Kľúčové body", "label")]
    public void Should_name_the_line_as_furniture(string line, string reason) =>
        Assert.Equal(reason, BoilerplatePhrases.ReasonFor(line));

    [Theory]
    [InlineData("Az önkormányzat szerint a hirdetés után sokan jelentkeztek a munkára.")]
    [InlineData("Zdroj znečistenia sa podľa inšpekcie nachádza pri čistiarni odpadových vôd.")]
    public void Should_leave_a_sentence_with_the_same_words(string sentence) =>
        Assert.Null(BoilerplatePhrases.ReasonFor(sentence));

    [Fact]
    public void Should_remove_a_caption_that_ends_with_its_credit()
    {
        const string html = """
            <html><head><title>Nyolc hónapra lezárják a Kossuth hidat</title></head><body><main><article>
              <h1>Nyolc hónapra lezárják a Kossuth hidat</h1>
              <div class="cikk-torzs">
                <div class="kep"><img src="/a.jpg" alt=""><div class="kepalairas">A Kossuth híd Révfalu felől. Fotó: Nagy Péter</div></div>
                <p>A Győr belvárosát a Révfaluval összekötő híd felújításáról kedden tájékoztatott a város és a kivitelező. A munkálatok bruttó 7,4 milliárd forintba kerülnek.</p>
                <p>A hidat utoljára 1998-ban újították fel. A mostani vizsgálat szerint a vasszerkezet több ponton korrodált, a pályalemez pedig elhasználódott.</p>
                <p>A lezárás idején a helyi buszjáratok a Széchenyi hídon keresztül közlekednek, ami csúcsidőben öt-hét perccel hosszabb utat jelent.</p>
              </div>
            </article></main></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains(cleaned.Removed, removed => removed.Text == "A Kossuth híd Révfalu felől. Fotó: Nagy Péter" && removed.Reason == "caption");
    }
}
