namespace Pipeline.Enrichment.Tests;

/// <summary>
/// National parliaments and courts go by their own names in English copy ("the Riksdag", "the Storting", "the Sejm",
/// "the Sandiganbayan"). The tagger, seeing one unknown word, calls such a body a place or a person; the list of
/// organisations knows them.
/// </summary>
public sealed class When_a_parliament_or_court_goes_by_its_own_name
{
    private const string Text = """
        The Riksdag voted on Wednesday to raise the defence budget, a week after the Storting in Oslo approved a similar plan and the Sejm in Warsaw debated its own.

        In Manila, the Sandiganbayan acquitted a former governor of graft.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Riksdag")]
    [InlineData("Storting")]
    [InlineData("Sejm")]
    [InlineData("Sandiganbayan")]
    public void Should_name_the_body_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
