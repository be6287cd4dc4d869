namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A scraped story's byline is taken off the text by the cleaner and handed on as the author, but the reporter is a
/// person the story names all the same. The author is read as the byline it was ("By ..."): each person in it is an
/// entity whose mention is in the author field, and nothing else read there ("Staff Reporter") is.
/// </summary>
public sealed class When_the_byline_was_taken_off_the_text
{
    private const string Text = """
        The port authority raised its fees by 4% on Monday, the second rise this year. Shipping lines said they would pass the cost on.
        """;

    private static IReadOnlyList<Entity> Entities(string author) =>
        new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text, Author = author }).Entities;

    [Fact]
    public void Should_name_the_reporter()
    {
        var reporter = Assert.Single(Entities("Ragnhild Øverby Lunde"), e => e.Type == EntityTypes.Person);
        Assert.Equal("Ragnhild Øverby Lunde", reporter.Text);
        var mention = Assert.Single(reporter.Mentions);
        Assert.Equal((Mention.InAuthor, 0, 21), (mention.Field, mention.Start, mention.End));
    }

    [Fact]
    public void Should_name_two_reporters() =>
        Assert.Equal(["Kofi Mensah Boateng", "Tomás Echeverría"],
            Entities("Kofi Mensah Boateng and Tomás Echeverría").Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_name_nothing_from_a_desk() =>
        Assert.DoesNotContain(Entities("Staff Reporter"), e => e.Mentions.Any(m => m.Field == Mention.InAuthor));
}
