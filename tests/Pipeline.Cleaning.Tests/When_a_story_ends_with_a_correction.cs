namespace Pipeline.Cleaning.Tests;

public class When_a_story_ends_with_a_correction
{
    private const string Html = """
        <html><head><title>Bridge inspection finds corrosion on two piers</title></head><body><article>
          <h1>Bridge inspection finds corrosion on two piers</h1>
          <div class="article-body">
            <p>An inspection of the Old Mill Road bridge has found corrosion on two of its five piers, the county highway department said Wednesday.</p>
            <p>The bridge will stay open, but trucks heavier than 10 tons will be sent around by Route 40 until the piers are repaired next summer.</p>
            <p>The repairs are expected to cost about $900,000, most of it from a state fund for local bridges, the department said.</p>
            <p><em>Correction: An earlier version of this story misstated the weight limit on the bridge. It is 10 tons.</em></p>
            <p><em>Reach the reporter at desk@courier.example.</em></p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_correction_as_the_story_s_last_paragraph() =>
        Assert.EndsWith("It is 10 tons.", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_the_note_below_it() =>
        Assert.DoesNotContain("Reach the reporter", _cleaned.Text, StringComparison.Ordinal);
}
