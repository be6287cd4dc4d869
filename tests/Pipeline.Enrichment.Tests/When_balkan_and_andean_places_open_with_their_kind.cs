namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Places whose first word says what they are, in the languages of the Balkans and the Andes: a boulevard ("Bulevar Svetog
/// Petra Cetinjskog"), a salt flat ("Salar de Uyuni"), a hill ("Cerro Rico"). The whole name is one place.
/// </summary>
public sealed class When_balkan_and_andean_places_open_with_their_kind
{
    private const string Text = """
        The ministry on Bulevar Svetog Petra Cetinjskog said the loan would be repaid by 2040, and in Bolivia the lithium plant on the Salar de Uyuni stood idle while miners on Cerro Rico protested against the new royalty.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Bulevar Svetog Petra Cetinjskog")]
    [InlineData("Salar de Uyuni")]
    [InlineData("Cerro Rico")]
    public void Should_name_the_place_whole(string place) =>
        Assert.Contains(Result.Entities, e => e.Text == place && e.Type == EntityTypes.Location);
}
