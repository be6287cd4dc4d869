namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Ministries list their portfolios with commas and "and", and a portfolio may open with a nationality that says whose
/// field it is ("Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates", "Ministry of Foreign Affairs,
/// Cooperation and Senegalese Abroad"). The whole list is the ministry's name; the nationality starts no name of its own.
/// </summary>
public sealed class When_a_ministry_names_its_portfolios_by_nationality
{
    private const string Text = """
        The Ministry of Foreign Affairs, African Integration and Senegalese Abroad said on Monday that the talks in Dakar would resume. The Ministry of Foreign Affairs, Cooperation and Malian Emigrants welcomed the news.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ministry of Foreign Affairs, African Integration and Senegalese Abroad")]
    [InlineData("Ministry of Foreign Affairs, Cooperation and Malian Emigrants")]
    public void Should_find_the_ministry_under_its_whole_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_find_no_portfolio_as_a_name_of_its_own() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "African Integration" or "Senegalese Abroad" or "Malian Emigrants" or "Ministry of Foreign Affairs");
}
