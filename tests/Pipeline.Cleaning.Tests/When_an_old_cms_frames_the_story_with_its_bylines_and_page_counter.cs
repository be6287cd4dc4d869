namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Joomla and Drupal sites of the 2000s frame the story with lines of their own wording: "Scritto
/// da …" and "Geplaatst door … op …" bylines, the "Indice articolo" over a story split into pages,
/// "Pagina 1 di 2", "Ultimo aggiornamento ( Lunedì 3 Maggio 2010 09:15 )". They go; the story stays.
/// </summary>
public class When_an_old_cms_frames_the_story_with_its_bylines_and_page_counter
{
    private const string Html = """
        <html><head><title>Riapre il mulino di Borgo San Dalmazzo</title></head><body><div id="main"><table class="contentpaneopen">
          <tr><td class="contentheading">Riapre il mulino di Borgo San Dalmazzo</td></tr>
          <tr><td><span class="small">Scritto da Marco Rossi</span></td></tr>
          <tr><td>
            <div class="article-index"><p>Indice articolo</p></div>
            <p>Il vecchio mulino sul torrente Gesso torna a macinare dopo vent'anni di abbandono. L'associazione che lo gestisce ha restaurato la ruota e le macine grazie a un contributo della fondazione bancaria.</p>
            <p>Le visite guidate si terranno ogni domenica mattina da maggio a settembre, e le scuole della valle potranno prenotare laboratori sul ciclo del grano.</p>
            <div class="pagenavcounter">Pagina 1 di 2</div>
            <p class="submitted">Geplaatst door Jan Bakker op ma, 03/05/2010 - 09:15</p>
          </td></tr>
          <tr><td class="modifydate">Ultimo aggiornamento ( Lunedì 3 Maggio 2010 09:15 )</td></tr>
        </table></div></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Scritto da")]
    [InlineData("Indice articolo")]
    [InlineData("Pagina 1 di 2")]
    [InlineData("Geplaatst door")]
    [InlineData("Ultimo aggiornamento")]
    public void Should_remove_the_frame(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Il vecchio mulino sul torrente Gesso torna a macinare")]
    [InlineData("laboratori sul ciclo del grano.")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
