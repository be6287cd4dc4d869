namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A local site's menu lists the towns and counties it covers between bars, where the tagger reads little: a listed town
/// ("Kenilworth"), a county ("Warwickshire") or a Welsh or Irish council area ("Ceredigion", "Offaly") alone between the bars
/// is a place; a section that is no place ("Courts") is none; a county named in the story after a preposition is a place too.
/// </summary>
public sealed class When_a_local_site_lists_its_towns_and_counties_in_a_menu
{
    private const string Text = """
        THE MIDSHIRES MESSENGER
        News | Kenilworth | Bedworth | Warwickshire | Courts | Sport
        Home | Ceredigion | Offaly | Weather

        Library opening hours cut across the county

        Opening hours at eleven libraries will be cut from January, the county council said on Tuesday.
        Readers from across Shropshire have signed a petition against the change.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kenilworth", "GB")]
    [InlineData("Bedworth", "GB")]
    [InlineData("Warwickshire", "GB")]
    [InlineData("Ceredigion", "GB")]
    [InlineData("Offaly", "IE")]
    [InlineData("Shropshire", "GB")]
    public void Should_name_the_place_with_its_country(string name, string code) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name && e.CountryCode == code);

    [Fact]
    public void Should_take_no_section_for_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Courts" or "Sport" or "Weather" or "Home");
}
