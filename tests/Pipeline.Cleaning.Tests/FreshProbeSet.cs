using System.Collections.Concurrent;
using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Cleaning.Tests;

/// <summary>
/// What every fresh probe set (a folder of team-written pages, each NAME.html beside NAME.gold.txt, written blind and
/// scored once before any fix) is held to: its number of pages, a mean page shingle F1 a little under what clean
/// reaches on it now, and gold that is text its page shows. Each set's class says what its pages are.
/// </summary>
public abstract class FreshProbeSet(string folderName, int pages, double meanF1Floor)
{
    private static readonly ConcurrentDictionary<string, List<(NewsPage Page, ShingleMatch Match)>> ScoredSets = new();

    /// <summary>Each page of the set with the shingle match of clean's text against its gold, scored once per test run.</summary>
    protected List<(NewsPage Page, ShingleMatch Match)> Scored =>
        ScoredSets.GetOrAdd(folderName, folder => NewsPageChecks.Score(Path.Combine(AppContext.BaseDirectory, folder)));

    [Fact]
    public void Should_hold_its_pages_and_reach_its_floor_of_shingle_f1_averaged_over_them()
    {
        Assert.Equal(pages, Scored.Count);
        var f1 = ShingleAverage.Of(Scored.Select(s => s.Match).ToList()).F1;
        Assert.True(f1 >= meanF1Floor, $"{folderName}: mean page F1 {f1:F3}, floor {meanF1Floor:F3}");
    }

    [Fact]
    public void Should_find_every_gold_paragraph_in_the_visible_text_of_each_page()
    {
        foreach (var (page, _) in Scored) NewsPageChecks.AssertGoldIsVisible(page);
    }
}
