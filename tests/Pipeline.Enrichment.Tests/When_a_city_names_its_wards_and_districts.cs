namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the 4th Ward", "Ward 6", "District 4": a city's numbered wards and council districts are places (the tagger read "4th" as a
/// person). "Ald." is an abbreviation, no end of a sentence ("Ald. Keisha Dandridge").
/// </summary>
public sealed class When_a_city_names_its_wards_and_districts
{
    private const string Text = """
        Ald. Keisha Dandridge, whose 4th Ward includes the site, and the member for Ward 6 voted no. The District 4 seat is open.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("4th Ward")]
    [InlineData("Ward 6")]
    [InlineData("District 4")]
    public void Should_name_the_ward_a_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_alderman() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Keisha Dandridge");

    [Fact]
    public void Should_name_no_ordinal_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "4th");
}
