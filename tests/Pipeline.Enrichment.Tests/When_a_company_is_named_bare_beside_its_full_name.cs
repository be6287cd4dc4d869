namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Wire copy names a company in full once ("Toyota Motor Corp", "SoftBank Group Corp") and bare
/// after that ("Toyota", which the lists know as a company), and a headline joins two bare names with
/// "and"; a great river is named bare too, where the tagger takes it for a person.
/// </summary>
public sealed class When_a_company_is_named_bare_beside_its_full_name
{
    private const string Carmaker = """
        TOKYO, May 14 - Shares of Toyota Motor Corp fell 4% after the carmaker cut its full-year forecast. Toyota said demand in China had weakened.
        """;

    private const string Chips = """
        Sakuragi Electron and Micron deepen ties in Hiroshima

        HIROSHIMA, June 3 - Sakuragi Electron will supply etching tools to the memory plant, the company said on Monday. Sakuragi Electron expects the order to lift its sales by 2%.
        """;

    private const string River = """
        India, Bangladesh agree to renew Ganga water treaty talks

        NEW DELHI, March 3 - India and Bangladesh will resume talks on sharing the water of the Ganga next month, officials said on Monday. Farmers in the delta say the flow falls every dry season, and both governments want a deal before the old treaty runs out in 2026. The talks will be held in Dhaka.
        """;

    private static IReadOnlyList<Entity> Entities(string text) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;

    [Fact]
    public void Should_group_the_bare_name_under_the_name_with_the_carmaker_word_and_legal_form()
    {
        var company = Assert.Single(Entities(Carmaker), e => e.Text.StartsWith("Toyota", StringComparison.Ordinal));
        Assert.Equal(("Toyota Motor Corp", EntityTypes.Organization, 2), (company.Text, company.Type, company.Count));
    }

    [Fact]
    public void Should_split_two_companies_joined_by_and_when_the_first_is_named_alone_elsewhere()
    {
        var entities = Entities(Chips);
        Assert.DoesNotContain(entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(entities, e => e.Text == "Sakuragi Electron" && e.Type == EntityTypes.Organization).Count);
        Assert.Contains(entities, e => e.Text == "Micron" && e.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Should_read_a_great_river_named_bare_as_a_place() =>
        Assert.Equal(EntityTypes.Location, Assert.Single(Entities(River), e => e.Text == "Ganga").Type);
}
