namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Sites that set an AI-written summary above the story, or a machine transcript under an episode,
/// label the box ("Quick summary", "この記事のポイント") and say how it was made ("This summary
/// was generated with the help of artificial intelligence …", "This transcript was generated
/// automatically …"): the points and the transcript are the text, the label and the note are not.
/// A sentence of the story about generated pictures stays.
/// </summary>
public class When_a_machine_made_part_says_so
{
    private const string Html = """
        <html><head><title>Dockworkers begin indefinite strike</title></head><body><article>
          <h1>Dockworkers begin indefinite strike</h1>
          <section class="ai-summary">
            <h2>Quick summary</h2>
            <ul><li>About 3,800 dockworkers at Puerto Lindero stopped work on Friday.</li><li>They oppose a plan to automate two container terminals by 2029.</li></ul>
            <p>This summary was generated with the help of artificial intelligence and reviewed by our editors.</p>
          </section>
          <p>About 3,800 dockworkers at Puerto Lindero, the country's busiest container port, began an indefinite strike on Friday in protest against a plan to automate two of its four terminals.</p>
          <p>The unions say the plan would cut about 1,400 jobs, and that leaflets handed out at the gates were generated with artificial intelligence by the operator's agency.</p>
          <h2>Transcript</h2>
          <p><em>This transcript was generated automatically and checked by our producers. It may contain errors.</em></p>
          <p>Owen Marsh: Nia, what did the strikers tell you?</p>
          <p>Nia Castellan: That nobody asked them before the plan was written, and that they will stay out until someone does.</p>
          <div class="p-article__point"><h2>この記事のポイント</h2><ul><li>来年4月から給食費が無償に</li><li>対象は約1万2千人</li></ul></div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Quick summary")]
    [InlineData("This summary was generated")]
    [InlineData("This transcript was generated automatically")]
    [InlineData("この記事のポイント")]
    public void Should_leave_out_the_label_and_the_note(string furniture) =>
        Assert.DoesNotContain(furniture, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("They oppose a plan to automate two container terminals by 2029.")]
    [InlineData("were generated with artificial intelligence by the operator's agency.")]
    [InlineData("Owen Marsh: Nia, what did the strikers tell you?")]
    [InlineData("来年4月から給食費が無償に")]
    public void Should_keep_the_points_the_story_and_the_transcript(string text) =>
        Assert.Contains(text, _cleaned.Text, StringComparison.Ordinal);
}
