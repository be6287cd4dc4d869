namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A box of key points opens with a label that each language words its own way ("Ce qu'il faut
/// retenir", "Lo que hay que saber", "Wat je moet weten"), as English says "What you need to know":
/// the label goes, the points stay.
/// </summary>
public class When_a_key_points_box_is_labelled_in_another_language
{
    private const string Html = """
        <html lang="fr"><head><title>La ligne de tram rouvre après trois mois de travaux</title></head><body><article>
          <h1>La ligne de tram rouvre après trois mois de travaux</h1>
          <div class="points"><h2>Ce qu'il faut retenir</h2><ul>
            <li>La ligne A rouvre lundi entre la gare et le campus, avec un tram toutes les six minutes aux heures de pointe.</li>
            <li>Les bus de remplacement circulent encore jusqu'à dimanche soir.</li>
          </ul></div>
          <p>Après trois mois de travaux sur les voies et les quais, la ligne A du tram rouvrira lundi matin, a annoncé la métropole, qui promet des rames plus fréquentes le soir.</p>
          <p>Les quais de quatre stations ont été allongés pour accueillir des rames plus longues, et les voies ont été remplacées sur deux kilomètres.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_label() =>
        Assert.DoesNotContain("Ce qu'il faut retenir", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Lo que hay que saber")]
    [InlineData("Wat je moet weten")]
    [InlineData("Cosa sapere")]
    public void Should_take_the_other_languages_labels_for_labels(string label) =>
        Assert.Equal("label", BoilerplatePhrases.ReasonFor(label));

    [Theory]
    [InlineData("Les bus de remplacement circulent encore jusqu'à dimanche soir.")]
    [InlineData("les voies ont été remplacées sur deux kilomètres.")]
    public void Should_keep_the_points_and_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
