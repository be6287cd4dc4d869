namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Names the tagger takes for a person or a place: a state utility before "chief executive" in
/// lower case, a shipbuilder named after a town, a party whose name is two common words joined by
/// "and", and a historic region a country's news names in place of the province.
/// </summary>
public sealed class When_a_company_stands_before_a_title_in_lower_case
{
    private const string Utility = """
        Eskom to cut load shedding as repaired unit returns

        Eskom will scale back power cuts from Friday after a repaired unit at the Medupi power station returned to service. Eskom chief executive Dan Marokane said the unit had been offline since August. Eskom said a new schedule would be published on Thursday.
        """;

    private const string Shipyard = """
        The navy has asked Irving Shipbuilding to repair the hulls of two frigates in Halifax, the defence ministry said.
        """;

    private const string Poland = """
        The court ruled that errors in polling districts in Lower Silesia could not have changed the result. Most of its judges were appointed under the previous Law and Justice government, and Prime Minister Donald Tusk's coalition does not recognise the chamber.
        """;

    private const string Fund = """
        Mubadala Investment Company has led a consortium offering $3 billion for a stake in the lithium producer. Mubadala declined to comment.
        """;

    private const string Yard = """
        Orders rise at the yard

        Quenvale Dockworks CEO Tessa Quayle said the yard in Dundee would hire 300 welders. Shares of Quenvale Dockworks rose 4% on the news.
        """;

    private static IReadOnlyList<Entity> Entities(string text) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;

    [Fact]
    public void Should_read_the_name_before_chief_executive_as_the_company_in_every_mention()
    {
        var eskom = Assert.Single(Entities(Utility), e => e.Text == "Eskom");
        Assert.Equal((EntityTypes.Organization, 4), (eskom.Type, eskom.Count));
        Assert.Contains(Entities(Utility), e => e.Type == EntityTypes.Person && e.Text == "Dan Marokane");
    }

    [Fact]
    public void Should_read_a_company_the_tagger_cut_before_ceo_whole_and_as_a_company()
    {
        var entities = Entities(Yard);
        var yard = Assert.Single(entities, e => e.Text.StartsWith("Quenvale", StringComparison.Ordinal));
        Assert.Equal(("Quenvale Dockworks", EntityTypes.Organization, 2), (yard.Text, yard.Type, yard.Count));
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == "Tessa Quayle");
    }

    [Fact]
    public void Should_take_the_word_the_tagger_left_between_a_company_and_ceo_into_the_company()
    {
        var entities = Entities("Hanwha Ocean CEO Kim Hee-cheol said the yard in Geoje would run at full capacity.");
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Hanwha Ocean");
        Assert.DoesNotContain(entities, e => e.Text == "Hanwha");
    }

    [Fact]
    public void Should_read_a_firm_ending_in_advisory_as_a_company_and_its_short_form_as_the_same_company()
    {
        var entities = Entities("Builder collapses\n\nLiquidators from Ferraro Lowe Advisory were appointed on Friday after the builder collapsed. Creditors will meet at the Ferraro Lowe offices in Brisbane on December 9.");
        Assert.Equal(2, Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == "Ferraro Lowe Advisory").Count);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Should_read_a_name_ending_in_shipbuilding_as_an_organisation() =>
        Assert.Contains(Entities(Shipyard), e => e.Type == EntityTypes.Organization && e.Text == "Irving Shipbuilding");

    [Fact]
    public void Should_read_the_party_and_the_region()
    {
        var entities = Entities(Poland);
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Law and Justice");
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "Lower Silesia");
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person && e.Text == "Law");
    }

    [Fact]
    public void Should_group_the_short_name_under_the_investment_company() =>
        Assert.Equal(2, Assert.Single(Entities(Fund), e => e.Text.StartsWith("Mubadala", StringComparison.Ordinal)).Count);
}
