namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Romanian sites title each ad spot between the paragraphs "- Articolul continuă mai jos -" or
/// "Articolul continuă după reclamă" (the tagDiv theme in a span of its own, "td-adspot-title"):
/// the note is the ad's, as "Story continues below advertisement" is, not the story's.
/// </summary>
public class When_an_ad_spot_is_labelled_between_the_points
{
    private const string Html = """
        <html lang="ro"><head><title>7 lucruri care se schimbă la taxele locale</title></head><body><article>
          <h1>7 lucruri care se schimbă la taxele locale</h1>
          <div class="td-post-content">
            <h2>1. Impozitul pe clădiri crește cu 8,6%</h2>
            <p>Impozitul pe clădirile rezidențiale și pe terenuri va fi indexat cu rata inflației, de 8,6%, adică aproximativ 35 de lei pe an.</p>
            <div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Articolul continuă mai jos -</span><div id="div-gpt-ad-1"></div></div>
            <h2>2. Bonificație mai mare pentru plata la timp</h2>
            <p>Cei care plătesc integral impozitele până la 31 martie vor primi o reducere de 10%, față de 5% în prezent.</p>
            <p>- Articolul continuă după reclamă -</p>
            <h2>3. Plata online</h2>
            <p>Toate taxele vor putea fi plătite din ianuarie prin noua aplicație a primăriei, pe lângă ghișeul online existent.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Articolul continuă mai jos")]
    [InlineData("Articolul continuă după reclamă")]
    public void Should_leave_out_the_ad_spots_label(string label) =>
        Assert.DoesNotContain(label, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_every_point() =>
        Assert.Contains("Toate taxele vor putea fi plătite din ianuarie", _cleaned.Text, StringComparison.Ordinal);
}
