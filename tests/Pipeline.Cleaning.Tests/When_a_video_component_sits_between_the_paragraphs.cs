namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A newsroom CMS sets its video component between the story's paragraphs ("video-resource"): the
/// player, a "Video" label, the clip's title, a line of blurb and the source. It is the clip's,
/// not the story's, and goes whole; the paragraphs around it stay.
/// </summary>
public class When_a_video_component_sits_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Harbour seals return to the estuary</title></head><body><article><div class="article__content">
          <h1>Harbour seals return to the estuary</h1>
          <p class="paragraph">Harbour seals have returned to breed in the Wendle estuary for the first time in four decades, wildlife officers said Tuesday, after a long cleanup of the river's mudflats.</p>
          <div class="video-resource"><div class="video-resource__player"><button>Play</button></div>
            <div class="video-resource__details"><span class="video-resource__label">Video</span><h3 class="video-resource__title">Watch seal pups take their first swim</h3>
            <div class="video-resource__description"><p>Rangers filmed three pups entering the water on a calm morning last week.</p></div><span class="video-resource__source">NTV</span></div></div>
          <p class="paragraph">Officers counted 14 pups on the sandbanks this summer, and volunteers have fenced off two beaches to keep dogs and walkers at a distance until the autumn.</p>
          <p class="paragraph">The estuary was declared biologically dead in 1979, when three paper mills still discharged into the river upstream.</p>
        </div></article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Watch seal pups take their first swim")]
    [InlineData("Rangers filmed three pups")]
    [InlineData("NTV")]
    public void Should_remove_the_video_component(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Officers counted 14 pups on the sandbanks this summer")]
    [InlineData("three paper mills still discharged into the river upstream.")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
