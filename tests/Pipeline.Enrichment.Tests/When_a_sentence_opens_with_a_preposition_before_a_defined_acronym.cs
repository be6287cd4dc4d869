namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "With the World Health Organization (WHO) and local nurses": a preposition or a conjunction that only the sentence's start
/// capitalises opens no name, though its first letter is the acronym's; the body defined by the acronym starts at its own first word.
/// </summary>
public sealed class When_a_sentence_opens_with_a_preposition_before_a_defined_acronym
{
    private const string Text = """
        Aid groups say the number of people crossing the border has doubled since March.

        With the World Health Organization (WHO) and local nurses, the clinic vaccinated children. WHO teams also tested the water.

        Since the Southern African Development Community (SADC) met in June, the talks have stalled. SADC envoys will return next week.

        As the African Union (AU) prepared its summit, the ministers met in Addis Ababa. The AU said the agenda was final.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("World Health Organization")]
    [InlineData("Southern African Development Community")]
    [InlineData("African Union")]
    public void Should_start_the_body_after_the_opening_word(string body) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == body);

    [Fact]
    public void Should_keep_the_opening_word_out_of_every_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("With ", StringComparison.Ordinal) || e.Text.StartsWith("Since ", StringComparison.Ordinal) || e.Text.StartsWith("As ", StringComparison.Ordinal));
}
