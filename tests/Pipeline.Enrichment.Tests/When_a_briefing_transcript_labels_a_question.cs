namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A spokesperson's briefing transcript opens each reporter's question with a label: the reporter's name, then a comma or
/// "from", then the outlet, then a colon. The name is a person and the outlet an organisation, however the tagger read them;
/// a title or a place in the label makes it no reporter's.
/// </summary>
public sealed class When_a_briefing_transcript_labels_a_question
{
    [Theory]
    [InlineData("Lakshmi Iyer, Konkan Herald: Has the ministry received a reply from Colombo?", "Lakshmi Iyer", "Konkan Herald")]
    [InlineData("Rohit Bhalla, Chennai Evening Weekly: Will the talks resume next month?", "Rohit Bhalla", "Chennai Evening Weekly")]
    [InlineData("Nurlan Abdrakhmanov from Ala-Too Channel: Could you tell us more about the railway?", "Nurlan Abdrakhmanov", "Ala-Too Channel")]
    public void Should_name_the_reporter_and_the_outlet(string question, string reporter, string outlet)
    {
        var entities = Enrich(question).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Text == reporter);
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == outlet);
    }

    [Theory]
    [InlineData("Official Spokesperson, Shri Vikas Mehra: Thank you. Let me begin with the visit.", "Official Spokesperson")]
    [InlineData("Nairobi, Kenya: The talks ended late on Friday without a statement.", "Kenya")]
    public void Should_take_no_title_or_place_for_an_outlet(string line, string notOutlet) =>
        Assert.DoesNotContain(Enrich(line).Entities, e => e.Type == EntityTypes.Organization && e.Text == notOutlet);

    // The question follows the spokesperson's opening remarks, as it does in a transcript.
    private static EnrichmentResult Enrich(string line) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "Official Spokesperson: Good afternoon. I have two announcements before we take questions, on the visit and on the consultations.\n\n" + line,
    });
}
