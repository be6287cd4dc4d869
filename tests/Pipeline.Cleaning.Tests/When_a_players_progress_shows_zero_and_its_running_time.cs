namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A listen or video player above the story shows its progress before it plays: the elapsed time
/// at zero and the running time, in two spans that touch ("00:0014:02") or with a slash
/// ("0:00 / 3:45"). They go; a line of the story with times in it stays.
/// </summary>
public class When_a_players_progress_shows_zero_and_its_running_time
{
    private const string Html = """
        <html><head><title>The night bakers of Harlow Street</title></head><body><article>
          <h1>The night bakers of Harlow Street</h1>
          <div class="k3"><button class="k4">Listen to this story</button><div class="k5"><span>00:00</span><span>11:48</span></div></div>
          <p>The ovens at the Harlow Street bakery are lit at 10 p.m., and by the time the first bus passes at dawn, four bakers have shaped nearly 900 loaves by hand.</p>
          <div class="k6"><span>0:00 / 3:45</span></div>
          <p>The shift runs from 22:00 to 06:00, six nights a week, and the owner says she has not had a late-night applicant in two years.</p>
          <p>Most of the bread goes to cafes within a mile of the shop; the rest is sold from a hatch in the alley until it runs out.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("11:48")]
    [InlineData("3:45")]
    public void Should_remove_the_players_progress(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The shift runs from 22:00 to 06:00, six nights a week")]
    [InlineData("the rest is sold from a hatch in the alley until it runs out.")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
