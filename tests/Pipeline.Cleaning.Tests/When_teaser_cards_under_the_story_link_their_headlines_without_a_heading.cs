namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A "More from …" list under the story holds cards whose headline is a link around a span, not a
/// heading, with a line of summary under it. The linked headlines go as link lines; the summaries
/// are the other stories' too, and the label over them goes with them.
/// </summary>
public class When_teaser_cards_under_the_story_link_their_headlines_without_a_heading
{
    private const string Html = """
        <html><head><title>Fishing fleet stays in port as fuel prices climb</title></head><body><main><div class="story">
          <h1>Fishing fleet stays in port as fuel prices climb</h1>
          <p>Most of the trawlers in the port of Velmar stayed tied up this week, their owners saying the price of diesel had made a week at sea a losing trip.</p>
          <p>Fuel now makes up nearly half the cost of a trip, up from a quarter two years ago, according to the fishermen's cooperative.</p>
          <p>“We catch the same fish and sell it for the same price, but the boat drinks twice the money,” said skipper Andrei Coste, 47.</p>
          <p>The government has promised a fuel subsidy for small boats, but the cooperative says the payments have not started.</p>
          <div class="more-box"><h2>More from Business</h2><ul>
            <li><div class="card"><a class="card__title" href="/b/1"><span>Port workers vote to strike over night shifts</span></a><p class="card__blurb">The union says talks with the operator have broken down.</p></div></li>
            <li><div class="card"><a class="card__title" href="/b/2"><span>Salt works to close after 120 years on the coast</span></a><p class="card__blurb">About 60 jobs will go when the pans are drained next spring.</p></div></li>
          </ul></div>
        </div></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("More from Business")]
    [InlineData("The union says talks with the operator have broken down.")]
    [InlineData("About 60 jobs will go when the pans are drained next spring.")]
    public void Should_remove_the_cards(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("but the cooperative says the payments have not started.")]
    [InlineData("but the boat drinks twice the money,")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
