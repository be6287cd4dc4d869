namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Francophone African news written in English keeps the French spelling of a country inside names and on its own
/// ("Ligue des Consommateurs du Bénin", "exports from Sénégal"). The spelling is the country's, with its code.
/// </summary>
public sealed class When_a_country_keeps_its_french_spelling
{
    private const string Text = """
        Traders said cashew exports from Sénégal and Bénin fell by a fifth in the first quarter, as buyers in Vietnam waited for prices to drop before the new harvest reached the ports.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Sénégal", "SN")]
    [InlineData("Bénin", "BJ")]
    public void Should_take_the_spelling_for_the_country(string name, string code)
    {
        var country = Assert.Single(Result.Entities, e => e.Text == name);
        Assert.Equal(EntityTypes.Location, country.Type);
        Assert.Equal(code, country.CountryCode);
    }
}
