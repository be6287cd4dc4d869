using System.Text.RegularExpressions;
using Pipeline.Cleaning.Html;
using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Cleaning.Tests;

/// <summary>What the tests of the page sets (NewsPages, FreshPages, FreshPages4) ask of a set: how clean scores on each page, the floors each page must reach, and whether each gold paragraph is text its page shows.</summary>
internal static partial class NewsPageChecks
{
    /// <summary>Each page of the folder with the shingle match of clean's text against its gold.</summary>
    public static List<(NewsPage Page, ShingleMatch Match)> Score(string folder) => NewsPageSet.Load(folder)
        .Select(page => (page, ShingleScore.Match(page.Gold, new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = page.Html }).Text)))
        .ToList();

    /// <summary>Each page's floors: recall at least .95 (almost all of the article), precision at least .93 (little else).</summary>
    public static void AssertKeepsAlmostAllAndLittleElse(ShingleMatch match, string? pageName = null)
    {
        Assert.True(match.Recall >= 0.95, $"{pageName}: recall {match.Recall:F3}");
        Assert.True(match.Precision >= 0.93, $"{pageName}: precision {match.Precision:F3}");
    }

    /// <summary>Every gold paragraph stands in the page's visible text, white space aside: the gold is what a reader of the page sees.</summary>
    public static void AssertGoldIsVisible(NewsPage page)
    {
        var body = PageParser.Parse(page.Html).Descendants().First(node => node.Tag == "body");
        var visible = Spaces().Replace(string.Join(" ", BlockSegmenter.Segment(body).Select(block => block.Text)), " ");

        foreach (var paragraph in page.Gold.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var expected = Spaces().Replace(paragraph, " ");
            Assert.True(visible.Contains(expected, StringComparison.Ordinal), $"{page.Name}: a gold paragraph its page does not show: {expected}");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
