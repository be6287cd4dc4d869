namespace Pipeline.Enrichment.Tests;

/// <summary>
/// More words that make a name a place: "Road", "Creek", "Plain" after it, "reservoir" and "dam"
/// in lower case after it, and the endings of Dutch street names ("Prins Clauslaan").
/// </summary>
public sealed class When_roads_creeks_plains_reservoirs_and_dutch_streets_are_named
{
    private const string Text = """
        KELOWNA, British Columbia — An inquiry into last summer's fire at Boulder Creek heard on Thursday that the alert came late. Officials met at the board's offices on Harbour View Road.

        Farms near the Kapchagay reservoir and the Kariba dam were short of water, and haze lay over the Indo-Gangetic Plain for weeks. In The Hague, protesters gathered on Prins Clauslaan.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Boulder Creek")]
    [InlineData("Harbour View Road")]
    [InlineData("Kapchagay")]
    [InlineData("Kariba")]
    [InlineData("Indo-Gangetic Plain")]
    [InlineData("Prins Clauslaan")]
    public void Should_read_the_name_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
