namespace Pipeline.Cleaning.Tests;

public class When_a_messenger_channel_prompt_sits_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Market traders move into rebuilt stalls</title></head><body><article>
          <h1>Market traders move into rebuilt stalls</h1>
          <div class="entry-content entry clearfix">
            <p>Traders at the central market began moving into 140 rebuilt stalls on Monday, nine months after a fire destroyed the old timber sheds.</p>
            <p>The state government said the new stalls have concrete floors, fire extinguishers on every row and a covered drain to keep rain water out.</p>
            <div class="channel-box"><p><strong>Stay updated:</strong> Get the top stories from The Coastal Herald on your phone. Join our WhatsApp Channel for breaking news.</p><a class="button" href="https://whatsapp.com/channel/abc">Follow Channel</a></div>
            <p>Some traders complained that the monthly rent of the new stalls is higher than before, and asked for a reduction in the first year.</p>
            <p>The market's management committee said it would meet the traders' association next week to discuss the rent.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_channel_prompt() =>
        Assert.DoesNotContain("WhatsApp Channel", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_after_it() =>
        Assert.EndsWith("to discuss the rent.", _cleaned.Text, StringComparison.Ordinal);
}
