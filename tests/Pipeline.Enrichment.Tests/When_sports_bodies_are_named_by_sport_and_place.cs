namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Sports news names governing bodies by the sport and a place or "World" ("World Rugby", "New Zealand Rugby", "Rugby
/// Europe", "Athletics Kenya") and clubs by a club word and their city ("Dinamo Tbilisi"). Each is an organisation, not a
/// place, and two of them joined by "and" are two.
/// </summary>
public sealed class When_sports_bodies_are_named_by_sport_and_place
{
    private const string Text = """
        The union was fined after a disciplinary panel found that Dinamo Tbilisi had fielded an ineligible player, while World Rugby and New Zealand Rugby said they would review the eligibility rules before the next season, and Athletics Kenya asked for the same review.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("World Rugby")]
    [InlineData("New Zealand Rugby")]
    [InlineData("Athletics Kenya")]
    [InlineData("Dinamo Tbilisi")]
    public void Should_name_the_body_as_an_organisation(string body) =>
        Assert.Contains(Result.Entities, e => e.Text == body && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_not_join_two_bodies() => Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
}
