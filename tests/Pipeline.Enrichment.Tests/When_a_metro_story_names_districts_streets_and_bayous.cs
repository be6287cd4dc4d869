namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "NE 2nd Avenue" opens with its quadrant; "Cesar E. Chavez Avenue" holds a middle initial, no compass word; a police district by
/// its ordinal and a precinct by its number are places; a bayou is water, a place; a flood control district is a body; a fort's
/// and a port's town are places, not people, while a port's longer name is its authority's; "U.S. Attorney" is a title; a
/// shopping center is a place; an Indian band is a body.
/// </summary>
public sealed class When_a_metro_story_names_districts_streets_and_bayous
{
    private const string Text = """
        Traffic stopped at NE 2nd Avenue, and marchers filled Cesar E. Chavez Avenue. Officers from the 14th District responded.
        Deputies from Precinct 1 closed the road.

        Water rose in Brays Bayou overnight. The Harris County Flood Control District warned residents.
        Supplies reached Fort Chipewyan by road, and the ferry left from Port Chalmers. The Port Autonome de Lomé raised its fees.

        U.S. Attorney Rebecca Lindenbaum filed the charges. Volunteers met at the Edmondson Village Shopping Center, and the
        Skeetchestn Indian Band sent a crew.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("NE 2nd Avenue")]
    [InlineData("Cesar E. Chavez Avenue")]
    [InlineData("14th District")]
    [InlineData("Precinct 1")]
    [InlineData("Brays Bayou")]
    [InlineData("Fort Chipewyan")]
    [InlineData("Port Chalmers")]
    [InlineData("Edmondson Village Shopping Center")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Harris County Flood Control District")]
    [InlineData("Port Autonome de Lomé")]
    [InlineData("Skeetchestn Indian Band")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_name_the_prosecutor_without_her_title() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Rebecca Lindenbaum");

    [Fact]
    public void Should_name_no_initial_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "E." or "E. Chavez Avenue" or "Cesar");
}
