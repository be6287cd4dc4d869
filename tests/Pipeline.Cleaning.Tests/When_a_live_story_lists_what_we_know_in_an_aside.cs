namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A live story sets a "What we know so far" box inside the article as an aside: a label over a list of
/// facts, each a sentence, linking nowhere. That is a fact box, the story's own summary, and its facts
/// stay (the label goes); an aside that lists links to other pages is still a sidebar.
/// </summary>
public class When_a_live_story_lists_what_we_know_in_an_aside
{
    private const string Html = """
        <html><head><title>Flood live: river peaks in the valley</title></head><body><main><article>
          <h1>Flood live: river peaks in the valley</h1>
          <div class="story-body">
            <p>The river peaked just below the flood walls in the valley town on Tuesday night, after two days of heavy rain across the hills to the west.</p>
            <p>Hundreds of people spent the night in the school hall, and the main bridge stayed closed to traffic while engineers checked its piers.</p>
            <p>Forecasters expect the water to fall slowly through Wednesday, though more rain is due at the weekend, the weather service said.</p>
          </div>
          <aside class="sum-box" aria-labelledby="sum-label">
            <div class="sum-box__label" id="sum-label">What we know so far</div>
            <ul>
              <li>The river peaked at 5.8 metres on Tuesday night.</li>
              <li>About 600 people were told to leave their homes.</li>
              <li>The main bridge is closed until engineers have checked it.</li>
            </ul>
          </aside>
          <aside class="more-box"><div>More on the floods</div><ul>
            <li><a href="/a">How to claim for flood damage on your home insurance.</a></li>
            <li><a href="/b">Where to find sandbags in the valley this week.</a></li>
            <li><a href="/c">Photos: the river at its highest in twenty years.</a></li>
          </ul></aside>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("The river peaked at 5.8 metres on Tuesday night.")]
    [InlineData("About 600 people were told to leave their homes.")]
    [InlineData("The main bridge is closed until engineers have checked it.")]
    public void Should_keep_the_facts(string fact) =>
        Assert.Contains(fact, _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_drop_the_label() =>
        Assert.DoesNotContain("What we know so far", _cleaned.Text);

    [Fact]
    public void Should_drop_the_linked_list() =>
        Assert.DoesNotContain("sandbags", _cleaned.Text);
}
