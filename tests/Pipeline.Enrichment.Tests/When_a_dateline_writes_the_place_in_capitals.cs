namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A wire dateline writes its place in capitals: "CORDOBA, Argentina, May 4 —". It is the place the story names in ordinary
/// case ("Cordoba"), one place with both mentions, or where the story does not, the place as the lists write it ("LUSAKA" is
/// Lusaka). An acronym no list holds in ordinary case stays as written.
/// </summary>
public sealed class When_a_dateline_writes_the_place_in_capitals
{
    private const string Wire = """
        CORDOBA, Argentina, May 4 (Pampa Wire) — Farmers near Cordoba halted grain sales on Monday, a union leader said.
        """;

    private const string Release = """
        LUSAKA, November 27 — The central bank raised its rate. Officials from the USSR era were not consulted, the bank said.
        """;

    [Fact]
    public void Should_count_the_dateline_as_a_mention_of_the_place()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Wire });
        Assert.Equal(2, result.Entities.Single(e => e.Type == EntityTypes.Location && e.Text == "Cordoba").Mentions.Count);
        Assert.DoesNotContain(result.Entities, e => e.Text == "CORDOBA");
    }

    [Fact]
    public void Should_write_a_listed_place_as_the_lists_do()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Release });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Lusaka");
        Assert.DoesNotContain(result.Entities, e => e.Text == "LUSAKA");
    }
}
