namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Port operators, state railways and mining houses are named by a place or a word and their
/// trade: "Meridian Ports", "Caspian Railway", "Copperbelt Resources". The trade's word makes the
/// name an organisation, not a place.
/// </summary>
public sealed class When_port_railway_and_resources_companies_are_named
{
    private const string Text = """
        LUSAKA — Copperbelt Resources will sell its stake in the smelter to Meridian Ports, which already runs the terminal at the lake. Caspian Railway said the new wagons would arrive in June.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Copperbelt Resources")]
    [InlineData("Meridian Ports")]
    [InlineData("Caspian Railway")]
    public void Should_find_the_company_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
