namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Fifteen team-written pages in shapes the shingle set did not have (hashed class names, AMP, a
/// live blog set as a list, a gallery told in captions, key points above the body container, a Q&amp;A
/// interview with a pull quote, a data table and an FAQ, threaded comments, heavy chrome around a
/// brief; English, German, Spanish, French, Italian, Polish, Portuguese, Dutch). They were written
/// before clean was run on them: ten scored .904 (mean page F1) on first contact, five more .990.
/// Kept apart from the shingle set so that set's figures stay comparable. Gold follows its
/// convention: no headline, caption, credit or box label; standfirst, key points, subheadings and
/// in-body tables kept; embedded posts left out.
/// </summary>
public class When_cleaning_the_fresh_probe_pages() : FreshProbeSet("FreshPages", pages: 15, meanF1Floor: 0.98)
{
    [Fact]
    public void Should_keep_almost_all_of_each_article_and_little_else()
    {
        foreach (var (page, match) in Scored) NewsPageChecks.AssertKeepsAlmostAllAndLittleElse(match, page.Name);
    }
}
