namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Table layouts set the section label, the headline and the stamps as lines of one block, broken
/// by single line breaks ("Cultura · Sant Quirze&lt;br&gt;Sant Quirze presenta…&lt;br&gt;&lt;br&gt;"): the
/// block is the headline's, label and all. A block whose first line is a sentence is not.
/// </summary>
public class When_a_layout_sets_a_label_above_the_headline_in_one_block
{
    private const string Html = """
        <html><head><title>Sant Quirze presenta una Festa Major d'hivern amb cercavila nocturna - El Vallès Digital</title></head><body>
        <table width="980"><tr><td width="160"><a href="/">Portada</a><br><a href="/cultura">Cultura</a></td>
        <td width="600">
        <span class="seccio">Cultura · Sant Quirze del Vallès</span><br>
        <span class="titular">Sant Quirze presenta una Festa Major d'hivern amb cercavila nocturna</span><br><br>
        <span class="autor">Redacció · 24/11/2026 - 13:45 h</span><br><br>
        <div class="cos-noticia">
        <span>L'Ajuntament ha presentat aquest dimarts el programa de la Festa Major d'hivern, que enguany tindrà lloc del 4 al 8 de desembre i que inclou una cercavila nocturna.</span><br><br>
        <span>La regidora de Cultura ha explicat que el programa s'ha elaborat conjuntament amb les entitats del poble i que el pressupost és un 12% més alt.</span><br><br>
        <span>El dia gran hi haurà la tradicional missa solemne, la ballada de sardanes i el dinar popular al pavelló, amb capacitat per a 600 persones.</span>
        </div></td></tr></table>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_open_the_text_with_the_story() =>
        Assert.StartsWith("L'Ajuntament ha presentat aquest dimarts", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_label_with_the_headline() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text.StartsWith("Cultura · Sant Quirze del Vallès", StringComparison.Ordinal) && removed.Reason == "title");
}
