namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A sports daily sets the match's header above the report: the competition, the score, the
/// scorers and a line with the ground, the crowd and the kick-off. The report's container opens
/// with its headline, and its lead is below it: nothing above the headline is the story's.
/// </summary>
public class When_a_match_report_sets_the_score_header_above_the_headline
{
    private const string Html = """
        <html><head><title>Rovers 3-0 Athletic</title><meta property="og:title" content="Rovers 3-0 Athletic"></head><body><main>
          <section class="match-header">
            <div class="mh-competition">League Two · Round 12</div>
            <div class="mh-score"><span>3</span><span>-</span><span>0</span></div>
            <div class="mh-info">Millfield Park, Eastbridge · 6,214 spectators · Saturday 14 November 2026 · Kick-off at three in the afternoon</div>
          </section>
          <article class="report">
            <header><h1>Okafor's hat-trick sends Rovers top as Athletic fall apart</h1>
              <p class="subtitle">The striker scored three times in twenty minutes after the break to end Athletic's unbeaten run.</p></header>
            <div class="report-body">
              <p>For forty-five minutes Athletic looked like the better side, pressing high and keeping Rovers penned in their own half.</p>
              <p>Then Okafor, quiet until then, turned his marker on the edge of the box and curled the first into the far corner.</p>
              <p>The second came from a corner and the third from a breakaway, and by the hour the away end had started to empty.</p>
            </div>
          </article>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_ground_and_kick_off_line() =>
        Assert.DoesNotContain("Millfield Park", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_leave_out_the_headline() =>
        Assert.DoesNotContain("Okafor's hat-trick sends Rovers top", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_start_with_the_subtitle() =>
        Assert.StartsWith("The striker scored three times", _cleaned.Text, StringComparison.Ordinal);
}
