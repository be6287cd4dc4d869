namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Cyprus Securities and Exchange Commission": two fields joined by "and" are one body's, though "Securities" heads
/// names of its own ("Nomura Securities").
/// </summary>
public sealed class When_securities_and_exchange_name_one_commission
{
    private const string Text = """
        Taras Boichuk welcomed the measures taken by the Cyprus Securities and Exchange Commission (CySEC) against two brokers.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_keep_the_commission_whole() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Cyprus Securities and Exchange Commission");

    [Fact]
    public void Should_not_split_it_at_and() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Cyprus Securities" or "Exchange Commission");
}
