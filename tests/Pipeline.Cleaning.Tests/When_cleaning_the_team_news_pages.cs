using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Cleaning.Tests;

/// <summary>
/// The shingle set as a regression guard: the benchmark metric over the team-made news pages.
/// The floors sit a little under what clean reaches today, so a change that loses article text or
/// lets furniture back in on any page fails here before it shows in the evaluation.
/// </summary>
public class When_cleaning_the_team_news_pages
{
    private static readonly List<(NewsPage Page, ShingleMatch Match)> Scored = NewsPageChecks.Score(NewsPageSet.BesideAssembly);

    public static TheoryData<string> PageNames => [.. Scored.Select(scored => scored.Page.Name)];

    [Fact]
    public void Should_reach_a_shingle_f1_of_at_least_0_98_averaged_over_the_pages() =>
        Assert.True(ShingleAverage.Of(Scored.Select(s => s.Match).ToList()).F1 >= 0.98);

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Should_keep_almost_all_of_each_article_and_little_else(string name) =>
        NewsPageChecks.AssertKeepsAlmostAllAndLittleElse(Scored.Single(scored => scored.Page.Name == name).Match);
}
