namespace Pipeline.Enrichment.Tests;

/// <summary>A feast or a pilgrimage season is no one's name and no place; an island named after a feast is a place.</summary>
public sealed class When_feasts_and_seasons_are_named
{
    private const string Text = """
        Mediators want a ceasefire agreed before Ramadan, and aid agencies expect the crossings to be busiest in the week before Eid al-Fitr.

        Saudi officials said the Hajj would go ahead with the usual quotas. The ferry to Christmas Island was cancelled because of the storm.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ramadan")]
    [InlineData("Eid al-Fitr")]
    [InlineData("Hajj")]
    public void Should_not_name_a_feast_as_a_person_place_or_organisation(string feast) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization && e.Text.StartsWith(feast, StringComparison.Ordinal));

    [Fact]
    public void Should_keep_an_island_named_after_a_feast() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Christmas Island");
}
