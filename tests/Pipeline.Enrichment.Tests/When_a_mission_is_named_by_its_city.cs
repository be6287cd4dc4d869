namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A country's mission abroad is named by the city it sits in: "the Chilean Embassy in Canberra", "the Embassy of Ghana in
/// Lisbon", "the Indonesian Consulate General in Perth", "the UNDP Country Office in Dili". The city is part of the name. A
/// ministry in its own capital is not a mission: "the Foreign Office in London" is the ministry, and London a place.
/// </summary>
public sealed class When_a_mission_is_named_by_its_city
{
    private const string Text = """
        The Chilean Embassy in Canberra and the Embassy of Ghana in Lisbon issued visas, while the Indonesian Consulate General in Perth closed for a day. The UNDP Country Office in Dili paid for the flights. The Foreign Office in London was told on Monday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Chilean Embassy in Canberra")]
    [InlineData("Embassy of Ghana in Lisbon")]
    [InlineData("Indonesian Consulate General in Perth")]
    [InlineData("UNDP Country Office in Dili")]
    public void Should_find_the_mission_with_its_city(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_a_ministry_in_its_capital_apart() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "London");
}
