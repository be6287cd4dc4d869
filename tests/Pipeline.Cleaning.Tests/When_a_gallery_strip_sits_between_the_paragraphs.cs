namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A gallery strip between the paragraphs holds a label heading, linked thumbnails and a picture
/// count set straight in its box ("Galerija", "+9 fotografija"): the count goes, and the label
/// with it, while the story goes on below. A subheading over the story's paragraphs stays.
/// </summary>
public class When_a_gallery_strip_sits_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Ist i Škarda vodu dobivaju do kraja siječnja</title></head><body><main><article>
          <h1>Ist i Škarda vodu dobivaju do kraja siječnja</h1>
          <div class="article-content">
            <p>Otoci Ist i Škarda od početka studenoga vodu dobivaju isključivo brodom-vodonoscem, nakon što je oštećen stari cjevovod koji ih je povezivao s Molatom.</p>
            <p>Na otoku Istu zimi živi oko 140 stanovnika, a na Škardi tek dvadesetak. Ljeti se taj broj višestruko poveća zbog turista i vlasnika kuća za odmor.</p>
            <h2>Novi cjevovod</h2>
            <p>Direktor Vodovoda potvrdio je da su radovi na novom podmorskom cjevovodu, dugom 4,2 kilometra, u završnoj fazi. Vrijednost projekta je 6,8 milijuna eura.</p>
            <div class="gallery-strip"><h4>Galerija</h4><a href="/g/1"><img src="/g1.jpg" alt=""></a><a href="/g/2"><img src="/g2.jpg" alt=""></a><span class="count">+9 fotografija</span></div>
            <p>Do tada će Vodovod povećati broj dostava na tri tjedno, a Grad Zadar osigurao je besplatnu dostavu vode u bocama za starije osobe.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Galerija")]
    [InlineData("+9 fotografija")]
    public void Should_remove_the_strips_lines(string line) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == line);

    [Fact]
    public void Should_keep_the_subheading_over_the_story() =>
        Assert.Contains("\n\nNovi cjevovod\n\n", _cleaned.Text, StringComparison.Ordinal);
}
