namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Teamsters Local 117", "Transport Workers Union Local 234", "the union's Local 85": a union's branch is named by its number,
/// which is part of the name.
/// </summary>
public sealed class When_a_union_branch_is_named_by_its_number
{
    private const string Text = """
        Workers will be represented by Teamsters Local 117, and the Transport Workers Union Local 234 struck in Philadelphia.
        The Amalgamated Transit Union's Local 85 in Pittsburgh said it would join.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Teamsters Local 117")]
    [InlineData("Transport Workers Union Local 234")]
    [InlineData("Local 85")]
    [InlineData("Amalgamated Transit Union")]
    public void Should_name_the_branch_with_its_number(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
