namespace Pipeline.Enrichment.Tests;

/// <summary>
/// AP-style local news: "U.S. 231" is a federal route by its number alone; "North 148th Street", "S. 10th St." and "W. Market St."
/// open with a point of the compass the tagger cut off; "Ada County Jail" and "Ada County Courthouse" are places, not a woman named
/// Ada; "the Ada County Sheriff's Office" is a body, which the sheriff's title inside it cut to the county; the deputy's word is no
/// part of "Ada County"; a jail, a cemetery, a landfill, a fairground and a power station are places; "Idaho Statesman" is a
/// newspaper; "State Hospital South" and "Bryan Medical Center West" are hospitals, places.
/// </summary>
public sealed class When_an_american_local_story_names_roads_and_county_buildings
{
    private const string Text = """
        Deputies chased the car north on U.S. 231 toward Ozark before it crashed at North 148th Street. A second crash closed
        S. 10th St. near W. Market St. in Sandusky.

        Deputy Ada County Prosecutor Nathaniel Ybarguen asked that Lusk be held at the Ada County Jail.
        He appeared at the Ada County Courthouse on Tuesday. Detectives were helped by the Ada County Sheriff's Office, the Idaho Statesman reported.

        Patients were moved from State Hospital South and Bryan Medical Center West. The Chattahoochee Ridge Landfill lies past
        Laurel Grove Cemetery, and crews worked at the Kpone Thermal Power Station.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("U.S. 231")]
    [InlineData("North 148th Street")]
    [InlineData("S. 10th St.")]
    [InlineData("W. Market St.")]
    [InlineData("Ada County Jail")]
    [InlineData("Ada County Courthouse")]
    [InlineData("Ada County")]
    [InlineData("State Hospital South")]
    [InlineData("Bryan Medical Center West")]
    [InlineData("Chattahoochee Ridge Landfill")]
    [InlineData("Laurel Grove Cemetery")]
    [InlineData("Kpone Thermal Power Station")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Ada County Sheriff's Office")]
    [InlineData("Idaho Statesman")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Deputy Ada County")]
    [InlineData("U.S.")]
    [InlineData("S.")]
    [InlineData("W.")]
    public void Should_name_no_piece_of_a_longer_name(string piece) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == piece);

    [Fact]
    public void Should_name_no_building_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.Contains("County"));
}
