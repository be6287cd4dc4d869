namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Lloyd's of London", "the Lloyd's Market Association", "Lloyd's List": the insurance market and its bodies are organisations,
/// named whole, though "Lloyd" is a given name and a surname.
/// </summary>
public sealed class When_the_London_insurance_market_is_named
{
    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "War-risk premiums for tankers rose again on Monday.\n\nThe Lloyd's Market Association said underwriters at Lloyd's of London had paused new cover for the strait, according to Lloyd's List.",
    });

    [Theory]
    [InlineData("Lloyd's Market Association")]
    [InlineData("Lloyd's of London")]
    [InlineData("Lloyd's List")]
    public void Should_name_each_body_whole(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_piece_for_a_place_or_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Lloyd" or "Market Association");
}
