namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The OSCE's full name runs on over "in Europe", which no name rule takes into an organisation;
/// the list holds it whole, and the acronym later in the text is the same body.
/// </summary>
public sealed class When_the_osce_is_named_in_full
{
    private const string Text = """
        VIENNA — The Organization for Security and Co-operation in Europe said on Friday it would send 40 observers to the vote. The OSCE mission will be led by a former Finnish diplomat, Aino Virtanen.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_the_whole_name_and_group_the_acronym_under_it()
    {
        var osce = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Organization for Security and Co-operation in Europe");
        Assert.Equal(2, osce.Count);
    }

    [Fact]
    public void Should_not_take_europe_out_of_the_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Europe");
}
