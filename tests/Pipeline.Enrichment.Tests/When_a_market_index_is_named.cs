namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A market index or a ranking ("Jakarta Composite Index", "Shanghai Containerized Freight
/// Index") is a measure, not an organisation; the places and companies around it stay.
/// </summary>
public sealed class When_a_market_index_is_named
{
    private const string Text = """
        JAKARTA — The rupiah rose 0.3% against the dollar, and the Jakarta Composite Index gained 1.1% on Thursday. Freight rates on the Shanghai Containerized Freight Index jumped 11%, and shares of Bank Mandiri rose in Jakarta.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_not_take_the_index_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.EndsWith("Index", StringComparison.Ordinal));

    [Fact]
    public void Should_keep_the_place_named_outside_the_index() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Jakarta");
}
