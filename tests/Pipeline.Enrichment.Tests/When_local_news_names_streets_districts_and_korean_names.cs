namespace Pipeline.Enrichment.Tests;

/// <summary>
/// American and Canadian local news: numbered streets and their quadrant ("111 Street", "36th Street SW"), drives and
/// boulevards named after people ("Anthony Henday Drive"), a town's community and court buildings ("Charles Jordan Community
/// Center"), districts that run schools or water ("Beaverton School District", a body), a body's name without its place linked to
/// the full one ("Court of Appeals" after "Tennessee Court of Appeals"), Korean names whose family name is a word ("Eun-Sook
/// Park"), and programmes and vehicles in capitals ("Medicaid", "SUV") that name no one.
/// </summary>
public sealed class When_local_news_names_streets_districts_and_korean_names
{
    private const string Text = """
        Crews closed 36th Street SW and 111 Street, and traffic on Anthony Henday Drive was slow.

        Families sheltered at the Charles Jordan Community Center, and the Beaverton School District closed its schools.

        The Tennessee Court of Appeals sits in Knoxville. The Court of Appeals will rule in March.

        Jin-Ho Park, 34, and his mother Eun-Sook Park were hurt when an SUV hit their car. Both are on Medicaid.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("36th Street SW")]
    [InlineData("111 Street")]
    [InlineData("Anthony Henday Drive")]
    [InlineData("Charles Jordan Community Center")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_school_district_an_organisation() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Beaverton School District");

    [Fact]
    public void Should_link_the_court_s_name_without_its_state()
    {
        var court = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Tennessee Court of Appeals");
        Assert.Equal(2, court.Mentions.Count);
    }

    [Theory]
    [InlineData("Jin-Ho Park")]
    [InlineData("Eun-Sook Park")]
    public void Should_name_the_korean_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("SUV")]
    [InlineData("Medicaid")]
    public void Should_name_no_programme_or_vehicle(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
