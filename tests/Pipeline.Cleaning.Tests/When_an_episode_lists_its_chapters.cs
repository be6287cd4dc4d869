namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A podcast or video page lists the episode's chapters, each item a linked time code that seeks
/// the player and the chapter's title ("&lt;a href=#t=185&gt;03:05&lt;/a&gt; The pooled quota
/// explained"): a way through the recording, not the story. A list of key events whose items are
/// whole linked lines, or that open with an unlinked time, stays a list of the story's.
/// </summary>
public class When_an_episode_lists_its_chapters
{
    private const string Html = """
        <html><head><title>Episode 142: Who gets the last fish?</title></head><body><main>
          <h1>Episode 142: Who gets the last fish?</h1>
          <p>From January, boats under ten metres on the east coast will share a single pooled quota for cod and haddock, while larger vessels keep their own allocations.</p>
          <div class="chapters"><h3>Chapters</h3>
          <ol class="chapter-list">
            <li><a href="#t=0">00:00</a> Introduction</li>
            <li><a href="#t=185">03:05</a> The pooled quota explained</li>
            <li><a href="#t=720">12:00</a> On the quay at Port Aldery</li>
            <li><a href="?t=1:02:10">1:02:10</a> What happens next</li>
          </ol></div>
          <p>Reporter Nia Castellan spent a week in Port Aldery talking to skippers, a fish merchant and the regional fisheries officer who drew up the scheme.</p>
          <ul>
            <li>06:40 The harbour master closes the slipway to small boats for the day</li>
            <li>09:15 The first boats are allowed back out after the wind drops</li>
          </ul>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("The pooled quota explained")]
    [InlineData("On the quay at Port Aldery")]
    [InlineData("What happens next")]
    [InlineData("Chapters")]
    public void Should_leave_out_the_chapters(string chapter) =>
        Assert.DoesNotContain(chapter, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_timeline_of_the_story() =>
        Assert.Contains("06:40 The harbour master closes the slipway", _cleaned.Text, StringComparison.Ordinal);
}
