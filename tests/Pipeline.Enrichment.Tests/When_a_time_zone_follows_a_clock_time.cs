namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Scraped stories carry timestamps such as "Published 07:45 PKT" or "Updated 2:10 PM COT". The
/// capitals after the clock time are the half of the day and a time zone: no person, place or
/// organisation. A name after a time that is not in capitals stays a name.
/// </summary>
public sealed class When_a_time_zone_follows_a_clock_time
{
    private const string Text = """
        Published 07:45 PKT, 3 March 2026. Updated 2:10 PM COT.

        Rescue teams reached the village of Chak Jhumra by 11:30 and were joined by volunteers from Faisalabad.
        Last updated 16:05 EAT

        The minister, Tariq Mehmood Bhatti, said at 10:15 that the road would reopen.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("PKT")]
    [InlineData("PM COT")]
    [InlineData("COT")]
    [InlineData("PM")]
    [InlineData("EAT")]
    public void Should_not_take_the_time_zone_for_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == word && e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location);

    [Theory]
    [InlineData("Faisalabad", EntityTypes.Location)]
    [InlineData("Tariq Mehmood Bhatti", EntityTypes.Person)]
    public void Should_keep_the_names_around_it(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);
}
