namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Stories embed posts from social networks between their paragraphs: X's "twitter-tweet"
/// blockquote, Bluesky's "bluesky-embed", Instagram's "instagram-media". What the post says, and
/// the line under it naming its author, handle and date, are quoted as the story's (annotators of
/// real pages keep both), but the platform's link shown until the post loads ("View the post on X",
/// "Voir la publication sur X", "View this post on Instagram") is the embed's furniture.
/// </summary>
public class When_a_story_embeds_a_social_post
{
    private const string Html = """
        <html><head><title>Harbour swimming area to open next summer | Portside Post</title></head><body>
        <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
        <article>
          <h1>Harbour swimming area to open next summer</h1>
          <div class="entry-content">
            <p>A fenced swimming area will open in the old coal harbour next summer, after two years of water tests showed the basin is clean enough to bathe in.</p>
            <p>The city's environment office announced the decision on Wednesday morning, and the mayor welcomed it in a short message to residents.</p>
            <figure class="wp-block-embed is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
              <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Swimming in the coal harbour next summer! Thanks to everyone who took part in the water tests 🏊 <a href="https://twitter.com/hashtag/Portside">#Portside</a></p>&mdash; Mayor of Portside (@PortsideMayor) <a href="https://twitter.com/PortsideMayor/status/1">March 4, 2026</a></blockquote>
            </div></figure>
            <p class="embed-fallback">View the post on X</p>
            <p>The basin will be open from June to August, with lifeguards on duty in the afternoons and a floating pontoon for the changing cabins.</p>
            <div class="embed-instagram"><blockquote class="instagram-media"><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a><p>A post shared by Portside Swimming Club (@portsideswim)</p></blockquote></div>
            <p>The swimming club, which has asked for a harbour pool since 2019, said it would offer free lessons for children in the first season.</p>
          </div>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_story_and_what_the_post_says() =>
        Assert.Equal(
        [
            "A fenced swimming area will open in the old coal harbour next summer, after two years of water tests showed the basin is clean enough to bathe in.",
            "The city's environment office announced the decision on Wednesday morning, and the mayor welcomed it in a short message to residents.",
            "Swimming in the coal harbour next summer! Thanks to everyone who took part in the water tests 🏊 #Portside",
            "— Mayor of Portside (@PortsideMayor) March 4, 2026",
            "The basin will be open from June to August, with lifeguards on duty in the afternoons and a floating pontoon for the changing cabins.",
            "The swimming club, which has asked for a harbour pool since 2019, said it would offer free lessons for children in the first season.",
        ], _cleaned.Text.Split("\n\n"));

    [Theory]
    [InlineData("View the post on X")]
    [InlineData("View this post on Instagram")]
    [InlineData("A post shared by Portside Swimming Club (@portsideswim)")]
    public void Should_remove_the_embeds_furniture(string furniture) => Assert.Contains(_cleaned.Removed, removed => removed.Text == furniture);
}
