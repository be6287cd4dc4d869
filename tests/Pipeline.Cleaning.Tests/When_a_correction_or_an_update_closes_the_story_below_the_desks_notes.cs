namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Papers close a story with the reporter's contact tagline in italics ("Reach … at … Follow her on X …") and then,
/// as the body's last paragraph, a correction or an update note ("Correction: An earlier version …", "Editor's note:
/// This story has been updated with comment from …"). The amendment is the story's and stays; the tagline above it is
/// still the desk's note and goes. Tabloids close theirs with a tip-off box, a question ("Do you have a story for the
/// news team?") over the ways to reach the desk: both lines go.
/// </summary>
public class When_a_correction_or_an_update_closes_the_story_below_the_desks_notes
{
    private static string Page(string closing) => $"""
        <html><head><title>County renews jail clinic contract | Brook Valley Times</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
          <h1>County renews jail clinic contract</h1>
          <div class="article-body">
            <p>The county board voted 4-1 on Tuesday to renew its contract with the company that runs the jail's clinic, despite complaints from families about slow care.</p>
            <p>The three-year contract is worth $6.2 million, about 14% more than the last one, and adds a second nurse on the night shift.</p>
            <p>Commissioner Ray Holt, who voted against it, said the board should have asked other companies to bid before signing again.</p>
            <p>The sheriff's office said it would publish monthly figures on how long inmates wait to see a nurse, starting in March.</p>
            {closing}
          </div>
        </article>
        <footer><p>© Brook Valley Times</p></footer>
        </body></html>
        """;

    private static CleanedDocument Clean(string closing) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(closing) });

    private const string Tagline = "Reach Ellen Marsh at emarsh@bvtimes.example or 555-0144. Follow her on X @EllenMarshBVT.";

    [Theory]
    [InlineData("Correction: An earlier version of this story gave the wrong amount for the last contract.")]
    [InlineData("Editor's note: This story has been updated with comment from the sheriff's office.")]
    public void Should_keep_the_amendment_and_drop_the_tagline_above_it(string amendment)
    {
        var paragraphs = Clean($"<p><em>{Tagline}</em></p><p><em>{amendment}</em></p>").Text.Split("\n\n");
        Assert.Equal(amendment, paragraphs[^1]);
        Assert.DoesNotContain(Tagline, paragraphs);
    }

    [Fact]
    public void Should_drop_the_tip_off_box()
    {
        var text = Clean("""<div class="tip-off"><p><strong>Do you have a story for the Times news team?</strong></p><p>Email us at tips@bvtimes.example or call 555 0100. We pay for videos too.</p></div>""").Text;
        Assert.EndsWith("starting in March.", text);
    }
}
