namespace Pipeline.Enrichment.Tests;

/// <summary>"Moody's" and "McDonald's" end in an apostrophe and s that belong to the name, not a possessive; "OPEC+" in a mark.</summary>
public sealed class When_a_listed_name_ends_in_a_possessive
{
    private const string Text = """
        Moody's cut the outlook on the bonds to negative on Friday. McDonald's said sales in France had slowed, and Apple's shares were flat.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Moody's")]
    [InlineData("McDonald's")]
    [InlineData("Apple")]
    public void Should_keep_the_apostrophe_s_only_where_the_listed_name_has_it(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_a_plus_sign_that_ends_a_listed_name() =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Delegates of OPEC+ met in Vienna to discuss output." }).Entities,
            e => e.Type == EntityTypes.Organization && e.Text == "OPEC+");
}
