namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A ministry's heading over a speech, in title case as such headings are ("Speech by Deputy Prime Minister and Minister
/// of Foreign Affairs Radosław Sikorski at the Lennart Meri Conference"), names the speaker, whom the speech never names.
/// A title in title case is otherwise not read (its every word looks like a name); this one is read for people only.
/// </summary>
public sealed class When_a_speech_s_heading_names_its_speaker
{
    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Title = "Speech by Deputy Prime Minister and Minister of Foreign Affairs Radosław Sikorski at the Lennart Meri Conference",
        Text = """
            Dear Prime Minister, Excellencies, ladies and gentlemen,

            It is always a pleasure to come back to Tallinn, and an honour to speak at a conference that carries the name of a writer and a president.
            """,
    });

    [Fact]
    public void Should_find_the_speaker_in_the_title() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Radosław Sikorski" && e.Mentions.Any(m => m.Field == Mention.InTitle));

    [Fact]
    public void Should_take_no_meeting_named_after_someone_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.EndsWith("Conference", StringComparison.Ordinal));

    [Fact]
    public void Should_read_nothing_else_in_a_title_case_heading() =>
        Assert.DoesNotContain(Result.Entities, e => e.Mentions.Any(m => m.Field == Mention.InTitle) && e.Type != EntityTypes.Person);
}
