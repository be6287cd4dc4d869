namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A price per period gives an offer away when the line leads with it ("Only £4.99 a month", "…
/// pay for it. Become a member for $8 a month"); a standfirst that reports a cost comes to its
/// price late ("… will cost a commuting family more than £600 a year.") and is the story's.
/// </summary>
public class When_a_standfirst_reports_a_cost_per_year
{
    private const string Html = """
        <html><head><title>Island ferry fares to rise 14% in January</title></head><body><main><article>
          <h1>Island ferry fares to rise 14% in January</h1>
          <p class="standfirst">Islanders say the 14 per cent rise will cost a commuting family more than £600 a year.</p>
          <div class="byline">By Kirsty Dunn, Transport reporter</div>
          <div class="story-body">
            <p>Fares on the ferry between the harbour and the island will rise by 14 per cent from January, the operator confirmed yesterday, the largest increase since the route was privatised.</p>
            <p>A return ticket for a foot passenger will go up from £9.80 to £11.20, and a car with driver from £52 to £59.30, while season tickets for residents will rise by £165.</p>
            <p>The residents' association said the rise would hit younger families hardest, and that the route was the island's only road to work, school and hospital.</p>
            <div class="offer"><p>Only £4.99 a month</p></div>
            <p>The operator blamed fuel, insurance and the cost of crew training required under new safety rules, and said the route lost money in four months out of twelve.</p>
            <div class="callout"><p>The Echo is free to read because our members pay for it. Become a member for $8 a month.</p></div>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_standfirst_that_names_a_yearly_cost() =>
        Assert.StartsWith("Islanders say the 14 per cent rise will cost a commuting family more than £600 a year.", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Only £4.99 a month")]
    [InlineData("The Echo is free to read because our members pay for it. Become a member for $8 a month.")]
    public void Should_remove_the_offers_that_lead_with_their_price(string offer) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == offer && removed.Reason == "promo");
}
