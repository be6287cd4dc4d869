namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Meetings coverage and many news sites write headlines in title case, every word capitalised
/// ("General Assembly Adopts Resolution on Sudan as Delegates Seek Support for Regional Monitoring
/// Mission"). A listed body followed by verbs and nouns is the body alone, and the words before "for"
/// are no part of the mission's name; names in ordinary title-case words that stay whole ("Iloilo
/// City") are not cut.
/// </summary>
public sealed class When_a_headline_is_in_title_case
{
    private const string Text = """
        General Assembly Adopts Resolution on Sudan, Delegates Seek Support for Regional Monitoring Mission

        The General Assembly voted on Thursday to extend the mandate of the monitoring mission in Sudan, after a debate in which several delegations asked for more funding. The Regional Monitoring Mission has 40 observers in Darfur.

        Volunteers Return Home to Iloilo City After Months Abroad

        The returning workers landed in Iloilo City on Friday.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_end_the_body_before_the_verb() =>
        Assert.DoesNotContain(Entities, e => e.Text.Contains("Adopts", StringComparison.Ordinal) || e.Text.Contains("Seek", StringComparison.Ordinal));

    [Fact]
    public void Should_find_the_body_and_the_mission() =>
        Assert.Equal(
            ["General Assembly", "Regional Monitoring Mission"],
            Entities.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_keep_a_city_named_with_its_word() =>
        Assert.Single(Entities, e => e.Text == "Iloilo City" && e.Type == EntityTypes.Location);
}
