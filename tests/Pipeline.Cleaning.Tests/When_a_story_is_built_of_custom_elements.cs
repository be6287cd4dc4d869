namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages built of web components set the story in custom elements ("&lt;story-paragraph&gt;",
/// "&lt;media-caption&gt;", "&lt;ad-slot&gt;") that their styles lay out as blocks: each is a block of
/// its own, and its name says what it is as a class would. A custom element inside a sentence
/// ("&lt;relative-time&gt;") stays in it.
/// </summary>
public class When_a_story_is_built_of_custom_elements
{
    private const string Html = """
        <html><head><title>Flood maps put 18,000 more homes at risk | Calder Courier</title></head><body>
        <site-header><a href="/" slot="logo">Calder Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></site-header>
        <news-article>
          <story-header>
            <story-headline><h1>Flood maps put 18,000 more homes at risk</h1></story-headline>
            <story-byline><author-chip>Harriet Cole, Environment reporter</author-chip><story-timestamp>24 November 2026, 6.30pm</story-timestamp></story-byline>
          </story-header>
          <story-media><img src="/a.jpg" alt=""><media-caption>Beck Lane in Scarcroft during the floods of February 2020. Picture: Calder Courier</media-caption></story-media>
          <story-body>
            <story-paragraph>The Environment Agency's updated flood maps, released on Tuesday, put almost one in six homes in the district at some risk of flooding from heavy rain.</story-paragraph>
            <story-paragraph>The change is mostly down to better data rather than a sudden increase in danger, the agency said, and was published <relative-time datetime="2026-11-24">on Tuesday</relative-time> after a year's delay.</story-paragraph>
            <ad-slot slot-name="mpu-1"><span>Advertisement</span></ad-slot>
            <story-paragraph>Streets in the low-lying parts of the town centre and the villages of Holme End and Scarcroft are among those that have moved into higher-risk categories.</story-paragraph>
            <story-paragraph>The council said it would use the maps to target its £6.5 million programme of drainage improvements over the next four years.</story-paragraph>
          </story-body>
        </news-article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_each_custom_paragraph_as_a_paragraph_of_its_own() =>
        Assert.Equal(
        [
            "The Environment Agency's updated flood maps, released on Tuesday, put almost one in six homes in the district at some risk of flooding from heavy rain.",
            "The change is mostly down to better data rather than a sudden increase in danger, the agency said, and was published on Tuesday after a year's delay.",
            "Streets in the low-lying parts of the town centre and the villages of Holme End and Scarcroft are among those that have moved into higher-risk categories.",
            "The council said it would use the maps to target its £6.5 million programme of drainage improvements over the next four years.",
        ], _cleaned.Text.Split("\n\n"));

    [Theory]
    [InlineData("Beck Lane in Scarcroft during the floods of February 2020. Picture: Calder Courier")]
    [InlineData("Harriet Cole, Environment reporter")]
    public void Should_remove_the_caption_and_the_byline_the_elements_name(string furniture) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == furniture);
}
