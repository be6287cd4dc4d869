namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Scraped stories keep their share and follow bars: "Share this story: Facebook · X · WhatsApp", "Follow us on
/// Instagram". The platforms there are buttons, not organisations of the story; one the story itself names stays.
/// </summary>
public sealed class When_a_share_bar_names_platforms
{
    private const string Text = """
        Regulator opens inquiry into ride-hailing fares

        Share this story: Facebook · X · WhatsApp · LinkedIn

        The Competition Commission of Kenya said on Thursday it had opened an inquiry into fares set by ride-hailing apps in Nairobi and Mombasa, after drivers complained on WhatsApp groups.

        SHARE | Facebook | Telegram
        Follow us on Instagram
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Facebook")]
    [InlineData("X")]
    [InlineData("LinkedIn")]
    [InlineData("Telegram")]
    [InlineData("Instagram")]
    public void Should_not_take_a_share_button_for_an_organisation(string platform) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == platform);

    [Fact]
    public void Should_keep_the_platform_the_story_names() =>
        Assert.Contains(Result.Entities, e => e.Text == "WhatsApp" && e.Type == EntityTypes.Organization && e.Mentions.Count == 1);
}
