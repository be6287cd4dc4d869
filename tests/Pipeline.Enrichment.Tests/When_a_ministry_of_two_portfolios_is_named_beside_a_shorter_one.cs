namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Department of Foreign Affairs and Trade" in a text that also names another country's
/// "Department of Foreign Affairs": after "of", "and" joins the two portfolios of one body, so
/// the name stays whole and "Trade" is no organisation of its own. Two companies joined by "and",
/// one of them named alone elsewhere, are still two.
/// </summary>
public sealed class When_a_ministry_of_two_portfolios_is_named_beside_a_shorter_one
{
    private const string Text = """
        Manila's Department of Foreign Affairs summoned the Chinese envoy on Monday. In Canberra, the Department of Foreign Affairs and Trade said it would fund coast guard training, and the Ministry of Agriculture and Fisheries in Manila welcomed the offer.

        Separately, Samsung Heavy Industries and Austal signed a shipbuilding pact. Samsung Heavy Industries said the yard in Henderson would build the first hulls.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Department of Foreign Affairs and Trade")]
    [InlineData("Department of Foreign Affairs")]
    [InlineData("Ministry of Agriculture and Fisheries")]
    [InlineData("Samsung Heavy Industries")]
    [InlineData("Austal")]
    public void Should_name_each_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_split_off_the_second_portfolio() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Trade");
}
