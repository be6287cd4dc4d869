namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Portland Public Schools", "Knox County Schools": an American school system, named by its place and "Public Schools" or "County
/// Schools", is an organisation (the tagger named the place alone, or a person for a place that is a given name too). The region
/// "Twin Cities" is a place.
/// </summary>
public sealed class When_an_american_school_system_is_named
{
    private const string Text = """
        Portland Public Schools and Knox County Schools closed on Monday, and roads in the Twin Cities were icy.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Portland Public Schools")]
    [InlineData("Knox County Schools")]
    public void Should_name_the_school_system_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_name_the_region_a_place() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Twin Cities");
}
