namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A broadcaster's regional story opens with a contributor block, the writer's name and the
/// publication with the region in adjacent spans (so the words run together: "Sam OkaforExample
/// News, Cumbria"), and closes with cards for more stories, each a linked headline over a line
/// with only its date ("3 June"). The contributor line is a byline; the dates are the cards'.
/// </summary>
public class When_a_contributor_block_and_dated_story_cards_frame_the_story
{
    private const string Html = """
        <html><head><title>Ferry timetable cut as crew shortage bites</title>
        <meta property="og:site_name" content="Example News">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable cut as crew shortage bites","author":{"@type":"Organization","name":"Example News"}}</script>
        </head><body><main><article>
          <h1>Ferry timetable cut as crew shortage bites</h1>
          <div class="x9f2-0"><time datetime="2026-11-30T08:00:00Z">3 hours ago</time><div class="x9f2-1"><span><span class="x9f2-5">Sam Okafor</span><span class="x9f2-6">Example News, Cumbria</span></span></div></div>
          <div class="t4k1-0"><p><b>A lake ferry service will run half its usual crossings this winter because the operator cannot find enough qualified crew.</b></p></div>
          <div class="t4k1-0"><p>The operator said three of its eight skippers had retired this year and training new ones took at least eighteen months.</p></div>
          <div class="t4k1-0"><p>Residents on the western shore said the cut would add an hour to journeys to the nearest secondary school for about forty pupils.</p></div>
          <div class="t4k1-0"><p>The county council said it was talking to the operator about a temporary bus link while the timetable was reduced.</p></div>
        </article>
        <section class="q1z7-0"><h2>More on this story</h2><ul class="c2e1-0">
          <li class="c2e1-1"><div><a href="/news/a1"><h3>Ferry operator warns of winter cuts</h3></a><span>3 June</span></div></li>
          <li class="c2e1-1"><div><a href="/news/a2"><h3>Lake pier repairs finished ahead of summer</h3></a><span>21 April</span></div></li>
          <li class="c2e1-1"><div><a href="/news/a3"><h3>Call for more boat crew training places</h3></a><span>9 February</span></div></li>
        </ul></section></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_run_together_contributor_line() =>
        Assert.DoesNotContain("Sam Okafor", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_dates_of_the_story_cards()
    {
        Assert.DoesNotContain("21 April", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("9 February", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_story_from_its_bold_first_paragraph_to_its_last()
    {
        Assert.StartsWith("A lake ferry service", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("while the timetable was reduced.", _cleaned.Text, StringComparison.Ordinal);
    }
}
