namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the NATO Summit in The Hague", "the IMO's Polar Code": a meeting named after its hosts is an event, and a code a body
/// of rules; neither is an organisation. The body itself, named alone, still is.
/// </summary>
public sealed class When_a_summit_or_a_code_is_named_after_a_body
{
    private const string Text = """
        The ministers looked ahead to the NATO Summit in The Hague and asked NATO to keep its patrols in the Baltic Sea.

        Ships that sail the route must meet the Polar Code, the ministers said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_no_event_or_code_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "NATO Summit" or "Polar Code");

    [Fact]
    public void Should_keep_the_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "NATO");
}
