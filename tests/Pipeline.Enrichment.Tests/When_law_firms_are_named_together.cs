namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "with Cyril Amarchand Mangaldas and Slaughter and May as legal counsel": law firms read like people, and one of them
/// holds "and" itself. Both are organisations; the listed firm that the tagger's run stopped inside does not swallow
/// the firm before it.
/// </summary>
public sealed class When_law_firms_are_named_together
{
    private const string Text = """
        Kotak Mahindra Capital Company Ltd advised the buyer on the takeover, with Cyril Amarchand Mangaldas and Slaughter and May as legal counsel, while the seller was advised by Goldman Sachs.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Cyril Amarchand Mangaldas")]
    [InlineData("Slaughter and May")]
    public void Should_name_each_firm_as_an_organisation(string firm) =>
        Assert.Contains(Result.Entities, e => e.Text == firm && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_name_no_person() => Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
