namespace Pipeline.Enrichment.Tests;

/// <summary>The summary starts at the lead, without the standfirst it repeats or the dateline (team-written text).</summary>
public sealed class When_a_news_story_with_a_dateline_is_summarised
{
    private const string Text = """
        Two river towns agreed to share a ferry service. The deal ends a long quarrel over docking fees.

        RIVERTON — The councils of Riverton and Millbrook agreed on Monday to run a joint ferry service across the estuary from next spring, ending a dispute over docking fees that had lasted three years. The ferry service will carry about 2,000 passengers a day, the councils said in a joint statement. Millbrook will pay for a new pier and Riverton will buy two electric ferries.

        Local traders welcomed the ferry agreement, saying the old crossing had cost them customers. Fares will stay at current levels for the first year.
        """;

    private static readonly string Summary = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Summary;

    [Fact]
    public void Should_start_with_the_lead_without_its_dateline()
    {
        Assert.StartsWith("The councils of Riverton and Millbrook agreed", Summary);
    }

    [Fact]
    public void Should_leave_out_the_standfirst_and_keep_the_dateline_nowhere()
    {
        Assert.DoesNotContain("Two river towns", Summary);
        Assert.DoesNotContain("RIVERTON —", Summary);
    }
}
