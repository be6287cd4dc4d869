namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "whose District 3 includes Fields Corner and Savin Hill": a corner read as a body is a neighbourhood, a place, and a name joined
/// to that place by "and", read as a person, is one too.
/// </summary>
public sealed class When_a_district_includes_its_neighbourhoods
{
    private const string Text = """
        Council member Thanh Huong, whose District 3 includes Fields Corner and Savin Hill, joined nurses on the picket line.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Fields Corner")]
    [InlineData("Savin Hill")]
    [InlineData("District 3")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_council_member() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Thanh Huong");
}
