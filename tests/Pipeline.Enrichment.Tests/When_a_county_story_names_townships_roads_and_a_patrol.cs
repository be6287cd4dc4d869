namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Oxford Township": a listed town and "Township" after it are the township, as "Harlow County" is the county; "County Road
/// 3510": a road's number is part of its name; "the Wyoming Highway Patrol": a patrol is a police force, a body.
/// </summary>
public sealed class When_a_county_story_names_townships_roads_and_a_patrol
{
    private const string Text = """
        Residents of Oxford Township voted on the library levy on Tuesday.
        A Wyoming Highway Patrol trooper said the pickup left County Road 3510 shortly after midnight.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Oxford Township")]
    [InlineData("County Road 3510")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_patrol_as_a_body() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Wyoming Highway Patrol");
}
