namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Kenya Power and Lighting Company", "Harbour Gas and Electric Company": a utility names the services it sells, joined by
/// "and", before its head word; the two services are one body's remit, not two bodies, though the left side ends in a word
/// that heads names of its own ("Power").
/// </summary>
public sealed class When_a_utility_is_named_by_the_services_it_sells
{
    private const string Text = """
        The regulator fined Lakeshore Power and Lighting Company PLC for late meter readings on Thursday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_utility_whole() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Lakeshore Power and Lighting Company PLC");

    [Fact]
    public void Should_not_name_its_halves() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Lakeshore Power" or "Lighting Company PLC");
}
