namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A chart embedded as a frame sits in a small box with its title and credit lines: the title is
/// the embed's, not a line of the story. A short line in the story's own container, where a video
/// frame stands among the paragraphs, stays.
/// </summary>
public class When_an_embedded_chart_carries_its_title
{
    private const string Html = """
        <html><head><title>Rents have outpaced wages in every ward</title></head><body><main><article>
          <h1>Rents have outpaced wages in every ward</h1>
          <div class="body">
            <p>The average asking rent for a two-bedroom flat in the city reached £1,185 a month in October, up from £790 five years ago, according to an analysis of 96,000 listings.</p>
            <div class="embed embed--datawrapper"><iframe title="Average asking rent" src="https://charts.example/aB3xQ/"></iframe>
              <p class="embed__title">Average asking rent for a two-bedroom flat, by ward, 2021 and 2026</p>
              <p class="embed__credit">Chart: City Standard • Source: City Standard analysis of listings • Get the data</p></div>
            <p>Over the same period, median full-time earnings for people working in the city rose by 23 per cent, so rent now takes 41 per cent of take-home pay.</p>
            <iframe src="https://video.example/embed/k3pLx9" title="Video"></iframe>
            <p>What the council says</p>
            <p>The city council, which has no power to cap rents, said it was building 1,200 council homes over the next five years and had asked for powers to license landlords.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_charts_title() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "Average asking rent for a two-bedroom flat, by ward, 2021 and 2026" && removed.Reason == "caption");

    [Fact]
    public void Should_keep_a_short_line_of_the_story_beside_a_frame() =>
        Assert.Contains("\n\nWhat the council says\n\n", _cleaned.Text, StringComparison.Ordinal);
}
