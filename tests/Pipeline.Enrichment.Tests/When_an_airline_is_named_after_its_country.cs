namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Air India", "Air Astana", "Oman Air": an airline named by "Air" and its country or city is an organisation, not the place.
/// </summary>
public sealed class When_an_airline_is_named_after_its_country
{
    private const string Text = """
        The sovereign fund is preparing to sell a minority stake in Oman Air to a strategic investor, people familiar with the matter said.

        Air India and IndiGo have also expanded services to Muscat and Salalah.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Air India")]
    [InlineData("Oman Air")]
    public void Should_name_the_airline_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_airline_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text.Contains("Air", StringComparison.Ordinal));
}
