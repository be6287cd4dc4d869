namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Question (Al-Nahar newspaper, Lebanon):": a transcript labels a question by the outlet that asked it, in brackets before
/// "newspaper" or "news agency"; the name is the outlet, not a place. "translated from Arabic": a language is no place or person.
/// </summary>
public sealed class When_a_transcript_labels_a_question_by_its_outlet
{
    private const string Text = """
        Question (Al-Nahar newspaper, Lebanon): Will the ministers meet again before the summer?

        Answer (translated from Arabic): We have agreed to meet in Beirut in June, and the statement will be issued in Arabic and French.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_outlet_as_an_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Al-Nahar");

    [Fact]
    public void Should_not_take_the_outlet_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Al-Nahar");

    [Fact]
    public void Should_not_name_the_language() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Arabic" && e.Type is EntityTypes.Location or EntityTypes.Person or EntityTypes.Organization);
}
