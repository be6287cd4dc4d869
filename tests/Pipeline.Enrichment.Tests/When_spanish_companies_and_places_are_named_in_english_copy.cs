namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A business wire writing about Latin American firms: a state company's Spanish name without its
/// accents ("Empresa Nacional del Petroleo") and its short name, which the tagger takes for a
/// person until it stands before "Chairman" and a name; a salt flat named with "Salar de".
/// </summary>
public sealed class When_spanish_companies_and_places_are_named_in_english_copy
{
    private const string Company = """
        Empresa Nacional del Petroleo, the state oil company known as Enap, agreed to sell a stake in its Lago de Sonora gas field to a Japanese trading house. Enap Chairman Rodrigo Vial said the sale would fund new wells. The government wants Enap to lead the search for gas in the south.
        """;

    private const string SaltFlat = """
        Deal values Salar de Quitoco project at about $1.2 billion

        The state copper producer agreed to sell a 20% stake in the venture to a trading house for $240 million.
        """;

    private static IReadOnlyList<Entity> Entities(string text) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;

    [Fact]
    public void Should_read_a_name_opening_with_empresa_as_an_organisation() =>
        Assert.Contains(Entities(Company), e => e.Type == EntityTypes.Organization && e.Text == "Empresa Nacional del Petroleo");

    [Fact]
    public void Should_read_the_short_name_before_chairman_as_the_company_in_every_mention()
    {
        var enap = Assert.Single(Entities(Company), e => e.Text == "Enap");
        Assert.Equal(EntityTypes.Organization, enap.Type);
        Assert.Equal(3, enap.Count);
        Assert.Contains(Entities(Company), e => e.Type == EntityTypes.Person && e.Text == "Rodrigo Vial");
    }

    [Fact]
    public void Should_read_a_name_opening_with_salar_as_a_place() =>
        Assert.Contains(Entities(SaltFlat), e => e.Type == EntityTypes.Location && e.Text == "Salar de Quitoco");
}
