namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Joint statements name their meetings by number ("the Third Strategic Dialogue", "the 14th Party
/// Congress") and what the parties agreed on or the shape of their talks ("the Five-Point
/// Consensus", "the Astana Format"). These are events and agreements, not organisations or places;
/// a body with an ordinal or a forum's word in its name stays ("First Gulf Bank", "Pacific Islands
/// Forum").
/// </summary>
public sealed class When_numbered_meetings_and_agreed_formats_are_named
{
    private const string Text = """
        HANOI — The two ministers held the Third Strategic Dialogue in Hanoi on Monday and agreed to hold the Fourth Strategic Dialogue in Seoul next year. They called for the Five-Point Consensus to be carried out and welcomed the Astana Format talks on Syria.

        The 14th Party Congress will open in January. Observers from First Gulf Bank and the Pacific Islands Forum will attend the Second Ministerial Conference.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Third Strategic Dialogue")]
    [InlineData("Fourth Strategic Dialogue")]
    [InlineData("Five-Point Consensus")]
    [InlineData("Astana Format")]
    [InlineData("14th Party Congress")]
    [InlineData("Second Ministerial Conference")]
    public void Should_find_no_organisation_or_place_in_the_event(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Organization or EntityTypes.Location or EntityTypes.Person && name.Contains(e.Text, StringComparison.Ordinal) && e.Text.Contains(' '));

    [Theory]
    [InlineData("First Gulf Bank")]
    [InlineData("Pacific Islands Forum")]
    public void Should_keep_a_body_with_such_a_word(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
