namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Russian companies are named by compounds that end in their trade: oil ("Transneft"), gas ("Yamalneftegaz"), the atom
/// ("Rosatom"), the fleet ("Atomflot"), energy, industry, building. Such a word no list knows is a company, though the tagger
/// read it as a place or a person; a city stays a place.
/// </summary>
public sealed class When_a_russian_company_is_named_by_its_trade
{
    private const string Text = """
        The pipeline operator Transneft said exports fell, while Yamalneftegaz signed a supply deal with buyers in Stavropol. Atomflot, which runs the icebreakers, sent two ships to Kaliningrad.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Transneft", EntityTypes.Organization)]
    [InlineData("Yamalneftegaz", EntityTypes.Organization)]
    [InlineData("Atomflot", EntityTypes.Organization)]
    [InlineData("Stavropol", EntityTypes.Location)]
    [InlineData("Kaliningrad", EntityTypes.Location)]
    public void Should_find_the_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);
}
