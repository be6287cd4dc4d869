using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_a_page_preloads_the_next_stories
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = PreloadedStoriesPage.Html });

    [Fact]
    public void Should_keep_the_story_under_the_pages_own_headline_though_the_others_are_longer()
    {
        var blocks = _cleaned.Text.Split("\n\n");
        Assert.Equal(3, blocks.Length);
        Assert.All(blocks, block => Assert.Contains("blessing of the vehicles", block, StringComparison.Ordinal));
    }
}
