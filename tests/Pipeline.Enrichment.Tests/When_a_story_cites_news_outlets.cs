namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Stories cite other outlets as sources ("told Rudaw", "according to Daily Sabah"). An outlet whose
/// name holds a place ("Daily Sabah", "Middle East Eye"), a people ("The New Arab") or looks like a
/// person's name ("Mada Masr", "Enab Baladi") is an organisation.
/// </summary>
public sealed class When_a_story_cites_news_outlets
{
    private const string Text = """
        BEIRUT — The ministry denied the report, which was first carried by Daily Sabah and later by Middle East Eye. A spokesman told The New Arab that talks would go on.

        Mada Masr and Enab Baladi, both independent sites, said their reporters had been stopped at the border. L'Orient-Le Jour put the number of trucks at forty.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Daily Sabah")]
    [InlineData("Middle East Eye")]
    [InlineData("New Arab")]
    [InlineData("Mada Masr")]
    [InlineData("Enab Baladi")]
    [InlineData("L'Orient-Le Jour")]
    public void Should_find_the_outlet_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.EndsWith(name, StringComparison.Ordinal));

    [Fact]
    public void Should_find_no_person_or_place_in_an_outlet_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Location && e.Text is "Mada Masr" or "Enab Baladi" or "Daily Sabah" or "Middle East");
}
