namespace Pipeline.Enrichment.Tests;

public sealed class When_middle_east_groups_and_places_are_named
{
    private const string Text = """
        Fighters from Kataib Hezbollah and Asaib Ahl al-Haq paraded through the town on Friday, and Ansar Allah issued a statement of support.

        The Kurdistan Regional Government said oil sales would pass to SOMO under the new budget, while officials in Sulaymaniyah and Duhok urged calm.

        Tankers bound for Europe were rerouted around the Cape of Good Hope, and patrols resumed in the Kurdistan Region.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kataib Hezbollah")]
    [InlineData("Asaib Ahl al-Haq")]
    [InlineData("Ansar Allah")]
    [InlineData("Kurdistan Regional Government")]
    [InlineData("SOMO")]
    public void Should_find_armed_groups_governments_and_state_companies_as_organisations(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Sulaymaniyah")]
    [InlineData("Duhok")]
    [InlineData("Cape of Good Hope")]
    [InlineData("Kurdistan Region")]
    public void Should_find_regional_cities_and_regions_as_places(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_take_no_armed_group_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);

    [Theory]
    [InlineData("Ministers from Otzma Yehudit walked out of the cabinet meeting.", "Otzma Yehudit", "Organization")]
    [InlineData("Leaders of New Generation called for early elections in the region.", "New Generation", "Organization")]
    [InlineData("Two transport planes left Hmeimim on Friday night.", "Hmeimim", "Location")]
    public void Should_find_israeli_and_kurdish_parties_and_syrian_bases(string text, string name, string type) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities,
            e => e.Text == name && e.Type == (type == "Organization" ? EntityTypes.Organization : EntityTypes.Location));
}
