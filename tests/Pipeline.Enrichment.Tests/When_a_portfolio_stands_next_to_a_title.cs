namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The portfolio in a minister's title is no place and no organisation ("Transport Minister",
/// "Minister for Enterprise"), and the person's name may follow the title after a comma.
/// </summary>
public sealed class When_a_portfolio_stands_next_to_a_title
{
    private const string Text = """
        KUALA LUMPUR — Malaysia's Transport Minister, Goh Wee Kiat, said on Tuesday that the new rail link would open in March.

        Ireland's Minister for Enterprise, Ciarán Doherty, told reporters in Dublin that the government backed the plan. The European Commissioner for Energy said Brussels would help pay for it.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Transport")]
    [InlineData("Enterprise")]
    [InlineData("Energy")]
    public void Should_not_take_the_portfolio_for_a_place_or_an_organisation(string portfolio) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == portfolio);

    [Fact]
    public void Should_read_the_words_after_a_title_and_a_comma_as_the_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Goh Wee Kiat");

    [Theory]
    [InlineData("Malaysia")]
    [InlineData("Ireland")]
    [InlineData("Dublin")]
    public void Should_keep_the_places_around_the_titles(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);
}
