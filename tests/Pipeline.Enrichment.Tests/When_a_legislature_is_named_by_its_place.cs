namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "The Pennsylvania House of Representatives", "the Ontario Legislature": a legislature named by its place is an
/// organisation, though the tagger, seeing the place, takes the whole for one. A building named so stays a place.
/// </summary>
public sealed class When_a_legislature_is_named_by_its_place
{
    private const string Text = """
        HARRISBURG - The Pennsylvania House of Representatives voted 103-100 on Tuesday to raise transit funding, and the
        Ontario Legislature passed a similar bill. Delegates met at the Kuala Lumpur Convention Centre.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Pennsylvania House of Representatives")]
    [InlineData("Ontario Legislature")]
    public void Should_name_the_legislature_as_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_a_building_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Kuala Lumpur Convention Centre" && e.Type == EntityTypes.Organization);
}
