using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Cleaning.Tests;

/// <summary>The shingle set itself: enough pages, and every gold paragraph really visible on its page.</summary>
public class When_checking_the_team_news_pages
{
    public static TheoryData<string> PageNames => [.. NewsPageSet.Load(NewsPageSet.BesideAssembly).Select(page => page.Name)];

    [Fact]
    public void Should_hold_between_15_and_25_pages_mostly_english()
    {
        var pages = NewsPageSet.Load(NewsPageSet.BesideAssembly);
        Assert.InRange(pages.Count, 15, 25);
        Assert.True(pages.Count(page => page.Language == "en") * 2 > pages.Count);
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Should_find_every_gold_paragraph_in_the_visible_text_of_its_page(string name) =>
        NewsPageChecks.AssertGoldIsVisible(NewsPageSet.Load(NewsPageSet.BesideAssembly).Single(p => p.Name == name));
}
