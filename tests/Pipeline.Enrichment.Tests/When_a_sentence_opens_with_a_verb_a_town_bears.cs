namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Reading the verdict, the judge said ...": a verb in -ing that opens a sentence before an article or a possessive is
/// no place, though a town bears its name; the town itself ("the council in Reading") stays a place.
/// </summary>
public sealed class When_a_sentence_opens_with_a_verb_a_town_bears
{
    private const string Text = """
        Reading the statement to reporters, the council leader in Reading said bus fares would rise in April.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_only_the_town() =>
        Assert.Single(Assert.Single(Result.Entities, e => e.Text == "Reading" && e.Type == EntityTypes.Location).Mentions);
}
