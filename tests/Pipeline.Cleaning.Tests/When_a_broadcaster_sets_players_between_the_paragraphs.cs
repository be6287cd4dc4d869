namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Broadcasters set their own audio and video items between a story's paragraphs, and a
/// listen-to-the-article widget above it. The players name their parts after the medium in BEM or
/// CSS-module spelling ("media-audio__title", "video__player", "AudioEmbed_details__3f2a1",
/// "embed--video", "tts__duration"): the item's title, programme line and duration are the
/// player's, not the story's.
/// </summary>
public class When_a_broadcaster_sets_players_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Night trains return to the northern line | Northwave Radio</title></head><body>
        <nav><a href="/">News</a> <a href="/listen">Listen</a></nav>
        <article>
          <h1>Night trains return to the northern line</h1>
          <div class="tts"><button class="tts__button">Listen to this story</button> <span class="tts__duration">3 min</span> <span class="tts__note">Synthetic voice</span></div>
          <div class="story-body">
            <p class="story-body__paragraph">Sleeper trains will run between the capital and the northern coast again from May, eight years after the last service was withdrawn.</p>
            <div class="story-body__media media-audio"><div class="media-audio__player"><div class="media-audio__info"><p class="media-audio__title">The rail minister on why the sleepers are coming back</p><p class="media-audio__program">Morning Edition, 3 March 2026</p><span class="media-audio__duration">4:05</span></div></div></div>
            <p class="story-body__paragraph">Four trains a week will leave the central station at ten in the evening and reach the coast shortly after seven the next morning.</p>
            <div class="video"><div class="video__player"><span class="video__duration">01:52</span></div><p class="video__title">Inside the refitted sleeper carriages</p><p class="video__source">Northwave TV, Evening News</p></div>
            <p class="story-body__paragraph">Tickets go on sale next week, and a bed in a shared cabin will cost about the same as a hotel room in the city.</p>
            <section class="AudioEmbed_root__9c1d2"><div class="AudioEmbed_meta__4b7e0"><p class="AudioEmbed_title__2e8f1">Passengers remember the old night train</p><p class="AudioEmbed_details__3f2a1">Coast Radio · 2:48</p></div></section>
            <p class="story-body__paragraph">The operator said it would add a second weekly service to the border towns if the first season sells well.</p>
          </div>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_only_the_story_s_paragraphs() =>
        Assert.Equal(
        [
            "Sleeper trains will run between the capital and the northern coast again from May, eight years after the last service was withdrawn.",
            "Four trains a week will leave the central station at ten in the evening and reach the coast shortly after seven the next morning.",
            "Tickets go on sale next week, and a bed in a shared cabin will cost about the same as a hotel room in the city.",
            "The operator said it would add a second weekly service to the border towns if the first season sells well.",
        ], _cleaned.Text.Split("\n\n"));
}
