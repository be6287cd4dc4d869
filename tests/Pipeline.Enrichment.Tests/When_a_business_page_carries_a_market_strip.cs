namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A business page's market strip ("Brent $64.82 ▲1.2% | WTI ... | Urals ...") names indices, benchmarks and grades, which are
/// no people, bodies or places; the story under it still has its names.
/// </summary>
public sealed class When_a_business_page_carries_a_market_strip
{
    private const string Text = """
        Markets

        Brent $71.40 ▲0.8% | WTI $67.15 ▲0.6% | Urals $58.20 ▼0.4% | USD/NGN 1,492.10 ▼0.2% | Gold $3,980 ▲0.3%

        Nikkei 38,420 ▲1.1% | Ibovespa 141,250 ▼0.5% | Selic 14.75% | JCI 7,240.10 ▲0.2% | Sensex 81,300 ▲0.4%

        Nigeria's oil regulator approves new offshore licences

        ABUJA — The Nigerian Upstream Petroleum Regulatory Commission approved three offshore licences on Tuesday, its chief executive Gbenga Komolafe said in Abuja.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Brent")]
    [InlineData("Urals")]
    [InlineData("Ibovespa")]
    [InlineData("Selic")]
    [InlineData("JCI")]
    [InlineData("Sensex")]
    public void Should_read_no_name_in_the_strip(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location && e.Text == word);

    [Fact]
    public void Should_still_read_the_story_s_names()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Gbenga Komolafe");
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Abuja");
    }

    [Fact]
    public void Should_read_names_in_a_line_with_one_bar()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Home | Markets | Brent crude rose 2% after Saudi Aramco cut prices, Fatima Al-Qasimi said." });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Saudi Aramco");
    }
}
