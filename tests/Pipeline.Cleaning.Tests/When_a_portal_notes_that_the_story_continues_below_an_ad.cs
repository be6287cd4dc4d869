namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A portal showing an agency's story breaks it with native ads, each announced by a line of its
/// own: "Story continues below", then the ad, then "Advertisement".
/// </summary>
public class When_a_portal_notes_that_the_story_continues_below_an_ad
{
    private const string Html = """
        <html><head><title>Bridge closed after barge strike</title></head><body><main><article>
          <h1>Bridge closed after barge strike</h1>
          <div class="body">
            <p>The Elmbrook bridge was closed to traffic on Tuesday after a grain barge struck one of its piers in heavy fog.</p>
            <div class="intra-module"><span class="module-label">Story continues below</span><div class="native-ad"><span>Ad</span><a href="#">This one trick cuts your energy bill</a><span>Voltsaver</span></div><span class="module-label">Advertisement</span></div>
            <p>Engineers were inspecting the pier from boats and said it was too early to say how long the bridge would stay shut.</p>
            <p>The county set up a detour through Millbridge, adding around twenty minutes to the journey for commuters.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_note() =>
        Assert.DoesNotContain("Story continues below", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_on_both_sides_of_the_ad()
    {
        Assert.Contains("struck one of its piers", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Engineers were inspecting the pier", _cleaned.Text, StringComparison.Ordinal);
    }
}
