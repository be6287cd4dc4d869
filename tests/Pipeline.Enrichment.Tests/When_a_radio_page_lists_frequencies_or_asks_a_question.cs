namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A radio station's page lists its frequencies ("Nairobi 98.4 FM · Mombasa 101.1 FM"): the band after a frequency is no name.
/// Its list of past programmes asks questions ("Transcript: Can Kenya's tea farmers survive the drought?"): the verb that opens a
/// question is no name either, and a listed place after it stays a place ("Will Uganda's new refinery open on time?").
/// </summary>
public sealed class When_a_radio_page_lists_frequencies_or_asks_a_question
{
    private const string Text = """
        Listen live to Savanna Radio on your phone or your smart speaker.

        MORE FROM THE MORNING SHOW
        • Transcript: Can Kenya's tea farmers survive the drought?
        • Transcript: Will Uganda's new refinery open on time?

        Frequencies: Nairobi 98.4 FM · Mombasa 101.1 FM · Kisumu 92.7 FM · Online worldwide
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("FM")]
    [InlineData("Can")]
    [InlineData("Will Uganda")]
    public void Should_find_no_name_in_it(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == word);

    [Theory]
    [InlineData("Uganda")]
    [InlineData("Kenya")]
    [InlineData("Mombasa")]
    public void Should_keep_the_places(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);
}
