namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Well-known bodies whose names hold "and" or a place, or have no head word, are found whole
/// from the lists: "Africa Centres for Disease Control and Prevention" (later "Africa CDC"),
/// "Maritime and Port Authority of Singapore", "UK Research and Innovation", "Frankfurter
/// Allgemeine Zeitung", "Hapag-Lloyd".
/// </summary>
public sealed class When_health_shipping_and_research_bodies_are_named
{
    private const string Text = """
        SINGAPORE — Officials from the Africa Centres for Disease Control and Prevention arrived on Monday. Africa CDC said it would share data with partners in Asia.

        The Maritime and Port Authority of Singapore said ships were waiting up to a week. Carriers such as Hapag-Lloyd have added fees.

        UK Research and Innovation said it would fund the study, the Frankfurter Allgemeine Zeitung reported.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Maritime and Port Authority of Singapore")]
    [InlineData("UK Research and Innovation")]
    [InlineData("Frankfurter Allgemeine Zeitung")]
    [InlineData("Hapag-Lloyd")]
    public void Should_find_the_body_whole(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_group_the_short_form_under_the_full_name()
    {
        var agency = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Africa Centres for Disease Control and Prevention");
        Assert.Contains(agency.Mentions, m => m.Text == "Africa CDC");
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Africa Centres" or "Maritime");
    }
}
