namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The English-language press of South Asia, Malaysia and West Africa names its cities' roads, quarters, bazaars, crossings,
/// buildings and markets by words that come after ("Salai", "Nagar", "Bazar", "Chowk", "Market") or before ("Wisma", "Taman",
/// "Bukit") the name: these are places, not people or companies; a market that trades money or goods by contract is a body.
/// </summary>
public sealed class When_a_city_of_south_asia_or_malaysia_names_its_roads_and_markets
{
    private const string Text = """
        Storm-water drains along Poonamallee Salai and in Gandhi Nagar will be finished before the monsoon, the corporation said.
        Traders at Farmgate Bazar and near Liberty Chowk complained of flooding on Sunday.
        The state exco met at Wisma Perdana, and residents of Taman Seri Mutiara and Bukit Gelugor were told the ferry would run.
        Stalls at Asafo Market reopened on Monday, while shares on the Ghana Stock Market and the Dubai Financial Market fell.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Poonamallee Salai")]
    [InlineData("Gandhi Nagar")]
    [InlineData("Farmgate Bazar")]
    [InlineData("Liberty Chowk")]
    [InlineData("Wisma Perdana")]
    [InlineData("Taman Seri Mutiara")]
    [InlineData("Bukit Gelugor")]
    [InlineData("Asafo Market")]
    public void Should_find_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Ghana Stock Market")]
    [InlineData("Dubai Financial Market")]
    public void Should_leave_a_traded_market_no_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text.Contains(name, StringComparison.Ordinal));
}
