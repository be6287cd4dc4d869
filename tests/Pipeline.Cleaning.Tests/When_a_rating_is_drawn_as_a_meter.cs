namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A fact check draws its rating as a meter of steps ("True", "Mostly true", "Mixed", "Mostly
/// false", "False", one lit), a review as a row of stars: the widget ("rating-meter",
/// "rating-stars", "star-rating") shows the verdict the story states in words; its steps are
/// not text.
/// </summary>
public class When_a_rating_is_drawn_as_a_meter
{
    private const string Html = """
        <html><head><title>Photo of flooded motorway is from 2019</title></head><body><article>
          <h1>Photo of flooded motorway is from 2019</h1>
          <p>False. The photo was taken in November 2019 on a different road, the A638 near Doncaster.</p>
          <div class="rating-meter" aria-label="Rating: False"><span>True</span><span>Mostly true</span><span>Mixed</span><span>Mostly false</span><span class="active">False</span></div>
          <div class="star-rating"><span>Rated 4 out of 5 stars by our reviewer</span></div>
          <p>A photo of cars stranded on a flooded dual carriageway has been shared more than 40,000 times since Friday, with posts saying it shows the M62.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Mostly true")]
    [InlineData("Rated 4 out of 5")]
    public void Should_leave_out_the_meter(string step) =>
        Assert.DoesNotContain(step, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_verdict_in_words() =>
        Assert.Contains("False. The photo was taken in November 2019", _cleaned.Text, StringComparison.Ordinal);
}
