namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news pages print stamps with a time zone ("6:41 p.m. PT", "4.52pm AEDT"), footers with a postcode ("Nova Scotia
/// B1A 4W5", "Enniscorthy Y21 K2F7", "Exeter, EX2 7HQ") and equipment in capitals ("CCTV"): none is a name, none is part
/// of the place before it, and a date is no street ("Published Nov. 24, 2026"). Councilmembers are titled in the plural.
/// </summary>
public sealed class When_a_page_prints_times_postcodes_and_equipment_in_capitals
{
    private const string Text = """
        The funeral home said the service would be held on Friday in Glace Bay.

        Published Nov. 24, 2026, 6:41 p.m. PT | Updated 4.52pm AEDT, Tuesday

        Officers are examining CCTV from petrol stations in Hayle. Councilmembers Paulette Dorsey, Tomasz Wierzbicki and Imani Castellanos-Reed joined the majority.

        © 2026 MacAskill-Doucet Funeral Home, 144 Reserve Street, Glace Bay, Nova Scotia B1A 4W5 | Website by Tribute Studio

        Slaneyside News is published by Slaneyside Media DAC, Rafter Street, Enniscorthy Y21 K2F7.

        Devon & Cornwall Police, Middlemoor, Exeter, EX2 7HQ
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Nova Scotia")]
    [InlineData("Enniscorthy")]
    [InlineData("Exeter")]
    public void Should_find_the_place_without_its_postcode(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_find_the_councillor_without_the_plural_title() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Paulette Dorsey");

    [Theory]
    [InlineData("PT")]
    [InlineData("AEDT")]
    [InlineData("CCTV")]
    [InlineData("EX2")]
    [InlineData("B1A")]
    [InlineData("Y21")]
    [InlineData("Nov.")]
    [InlineData("Councilmembers")]
    public void Should_take_no_stamp_code_or_title_for_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location
            && e.Text.Split(' ').Contains(word));
}
