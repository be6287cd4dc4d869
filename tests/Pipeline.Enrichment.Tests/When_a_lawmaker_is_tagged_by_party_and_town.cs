namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Texas and Louisiana papers tag a lawmaker by party and home town ("Sen. Pete Flores (R-Pleasanton)", "Rep. Ana Ruiz, D-San
/// Antonio,"): the town is a place and the party's letter no one's. Wire datelines abbreviate the state after the city ("YAKIMA,
/// Wash. —"), and addresses write its postal code before the ZIP code ("Phoenix, AZ 85012"): neither is a name of its own.
/// </summary>
public sealed class When_a_lawmaker_is_tagged_by_party_and_town
{
    private const string Text = """
        YAKIMA, Wash. — The bill by Sen. Pete Flores (R-Pleasanton) passed, though Rep. Ana Ruiz, D-San Antonio, and Rep. Dale Cobb (D-McAllen) voted no.

        Send comments to the Department of Public Health, 4041 N. Central Ave., Phoenix, AZ 85012, or call the Washington office.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Pleasanton")]
    [InlineData("San Antonio")]
    [InlineData("McAllen")]
    public void Should_name_the_town_a_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("R-Pleasanton")]
    [InlineData("D-McAllen")]
    [InlineData("Wash")]
    [InlineData("Wash.")]
    [InlineData("AZ")]
    public void Should_name_no_tag_or_abbreviation(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
