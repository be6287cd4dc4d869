namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Wire copy closes with the agency's sign-off in the shapes its clients print it: the client's
/// name and the agency's joined by a slash ("TVN / Lusa"), the programme, the time it went on air
/// and the agency's and desk's codes ("Radio Alpina 1, 03.11.2026, 18:00 Uhr; sda/mbr"); a picture's
/// caption ends with the photographer and the agency ("| Rui Mota - Lusa"). They go. A last
/// sentence that names the agency as the source ("…, afirmou à Lusa.") is the story's.
/// </summary>
public class When_an_agency_signs_the_story_with_its_clients_name_or_a_desk_code
{
    private const string Portuguese = """
        <html><head><title>Pescadores de Sines pedem apoio após temporal</title></head><body><article>
          <h1>Pescadores de Sines pedem apoio após temporal</h1>
          <div class="picture"><img src="/porto.jpg" alt="Porto de pesca"><span class="picture__title">O porto de pesca de Sines depois do temporal | Rui Mota - Lusa</span></div>
          <p>Os pescadores de Sines pediram ao Governo um apoio extraordinário depois de o temporal da semana passada ter destruído parte das redes e danificado seis embarcações no porto.</p>
          <p>A associação local estima os prejuízos em cerca de 400 mil euros e diz que muitos armadores não conseguem voltar ao mar antes do fim do mês.</p>
          <p>TVN / Lusa</p>
        </article></body></html>
        """;

    private const string Swiss = """
        <html><head><title>Gemeinde Sils baut neues Schulhaus</title></head><body><article>
          <h1>Gemeinde Sils baut neues Schulhaus</h1>
          <div class="body">
            <p>Die Gemeindeversammlung von Sils hat am Montagabend dem Neubau des Schulhauses zugestimmt. Das alte Gebäude aus den Sechzigerjahren genügt den heutigen Anforderungen nicht mehr.</p>
            <p>Die Kosten belaufen sich auf rund 18 Millionen Franken. Der Bau soll im Frühling beginnen und bis zum Schuljahr 2028 fertig sein.</p>
          </div>
          <p class="source">Radio Alpina 1, 03.11.2026, 18:00 Uhr; sda/mbr</p>
        </article></body></html>
        """;

    private const string Quoted = """
        <html><head><title>Pescadores de Peniche temem nova quebra</title></head><body><article>
          <h1>Pescadores de Peniche temem nova quebra</h1>
          <p>Os pescadores de Peniche temem uma nova quebra nas capturas de sardinha no próximo ano, depois de uma campanha que ficou abaixo do previsto em quase todos os portos.</p>
          <p>"Se a quota voltar a descer, metade da frota fica parada no inverno", afirmou à Lusa o presidente da associação.</p>
        </article></body></html>
        """;

    private static string Clean(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    [Fact]
    public void Should_remove_the_clients_and_agencys_names() =>
        Assert.DoesNotContain("TVN / Lusa", Clean(Portuguese), StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_caption_that_ends_with_the_agency() =>
        Assert.DoesNotContain("Rui Mota", Clean(Portuguese), StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_programme_line_with_the_desk_code() =>
        Assert.DoesNotContain("sda/mbr", Clean(Swiss), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_last_paragraphs() =>
        Assert.EndsWith("antes do fim do mês.", Clean(Portuguese), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_sentence_that_names_the_agency_as_its_source() =>
        Assert.EndsWith("afirmou à Lusa o presidente da associação.", Clean(Quoted), StringComparison.Ordinal);
}
