namespace Pipeline.Enrichment.Tests;

/// <summary>
/// German writes a body's name as one hyphenated word whose last part says what it is ("Heinrich-Böll-Stiftung",
/// "Max-Planck-Gesellschaft", "Handball-Bundesliga"); a sports club's name ends in "FC" or "SC" ("Asante Kotoko SC").
/// Each is an organisation, though the words before may be a person's or a place's.
/// </summary>
public sealed class When_a_german_body_or_a_sports_club_is_named
{
    private const string Text = """
        The study was paid for by the Heinrich-Böll-Stiftung and reviewed by researchers of the Max-Planck-Gesellschaft in Munich. Clubs of the Handball-Bundesliga sent two observers.

        In Kumasi, the football club Asante Kotoko SC said its coach, Kwabena Owusu, would stay. Its rival Berekum Chelsea FC made no comment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Heinrich-Böll-Stiftung")]
    [InlineData("Max-Planck-Gesellschaft")]
    [InlineData("Handball-Bundesliga")]
    [InlineData("Asante Kotoko SC")]
    [InlineData("Berekum Chelsea FC")]
    public void Should_find_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_take_them_for_people_or_places() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Location && e.Text is "Asante Kotoko SC" or "Asante Kotoko" or "Handball-Bundesliga" or "Berekum Chelsea FC");
}
