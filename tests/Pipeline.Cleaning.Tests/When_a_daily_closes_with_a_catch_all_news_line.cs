namespace Pipeline.Cleaning.Tests;

public class When_a_daily_closes_with_a_catch_all_news_line
{
    private const string Html = """
        <html><head><title>Pune metro extension opens to commuters</title></head><body><article>
          <h1>Pune metro extension opens to commuters</h1>
          <div class="sd-body">
            <p>Pune: The 4.2-km extension of the city's metro line to Hadapsar opened to commuters on Monday, adding three stations to a network that carried 1.8 lakh riders a day last month.</p>
            <p>Officials of the metro corporation said trains would run every eight minutes at peak hours, and that a feeder bus service to the industrial estate would start next week.</p>
            <p>Traders along the route, whose shops were behind barricades for two years during construction, said they hoped the footfall would return before the festive season.</p>
            <p>(With inputs from agencies)</p>
            <p>Catch all the City News, Breaking News Events and Latest News Updates on Deccan Times.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_catch_all_news_line() =>
        Assert.DoesNotContain("Catch all the", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_agency_note_above_it() =>
        Assert.DoesNotContain("With inputs from", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_to_its_last_paragraph() =>
        Assert.EndsWith("before the festive season.", _cleaned.Text, StringComparison.Ordinal);
}
