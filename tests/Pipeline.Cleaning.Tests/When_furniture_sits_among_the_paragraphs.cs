using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_furniture_sits_among_the_paragraphs
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = FurnitureAmongParagraphsPage.Html });

    [Fact]
    public void Should_keep_every_paragraph_and_the_real_subheading_in_order()
    {
        var blocks = _cleaned.Text.Split("\n\n");
        Assert.Equal(5, blocks.Length);
        Assert.StartsWith("El Gobierno catalán", blocks[0], StringComparison.Ordinal);
        Assert.Equal("La industria, con recortes", blocks[2]);
        Assert.StartsWith("Las organizaciones agrarias", blocks[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_interviewers_questions_though_they_carry_the_authors_name()
    {
        var html = """
            <html><head><meta name="author" content="Marta Puig"><title>Interview</title></head><body><article>
              <p>Marta Puig: Why did the council wait until March to act on the drought?</p>
              <p>Laia Ferrer: Because the rain in February gave us hope, and we did not want to restrict water use while the reservoirs were still filling.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains("Marta Puig: Why did the council wait", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Diario del Levante", "site-name")]
    [InlineData("Last modified on Tue 5 Mar 2024 13.40 CET", "byline")]
    [InlineData("El embalse de Sau, con el campanario de la antigua iglesia al descubierto.", "caption")]
    [InlineData("Más información", "dangling-heading")]
    [InlineData("You may also like:", "related")]
    [InlineData("LIVE", "kicker")]
    [InlineData("Hazte socio por 5 € al mes y apoya el periodismo local.", "promo")]
    [InlineData("Video: así está el embalse de Sau", "media")]
    public void Should_remove_each_piece_with_its_reason(string block, string reason) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == block && removed.Reason == reason);
}
