namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Regional news names a council after a place whose own name holds a possessive ("Hawke's Bay Regional Council"), two
/// streets in one breath ("the corner of Water Street and Church Street") and numbered seats of a legislature ("House
/// District 12"): the council is one body, the streets are two places, and the district keeps its number.
/// </summary>
public sealed class When_a_body_or_street_is_named_with_a_possessive_place_a_pair_or_a_number
{
    private const string Text = """
        Growers in Hawke's Bay said the buyout had been too slow for families on the plains.

        Hawke's Bay Regional Council said tenders would open next month. Buses will stop at Water Street and Church Street from Monday.

        Teel, who represents House District 12, chairs the committee. Sen. Marguerite Olin-Pettway, who represents Senate District 23, said she would file an amendment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_find_the_council_named_after_the_possessive_place() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Hawke's Bay Regional Council");

    [Theory]
    [InlineData("Water Street")]
    [InlineData("Church Street")]
    [InlineData("House District 12")]
    [InlineData("Senate District 23")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_cut_the_place_at_its_possessive() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Hawke" or "Bay Regional Council");
}
