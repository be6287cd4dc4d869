namespace Pipeline.Cleaning.Tests;

/// <summary>
/// An old table-layout CMS sets the picture's caption as a span beside the body with a class written
/// as one lower-case word ("photocaption", "imgcaption") rather than "photo-caption": it is a caption
/// all the same, and goes with its credit.
/// </summary>
public class When_an_old_cms_names_a_caption_in_one_word
{
    private const string Html = """
        <html><head><title>Town pool to reopen</title></head><body>
        <table width="760"><tr><td width="560" valign="top">
        <span class="newsheadline">Town pool to reopen</span><br>
        <img src="/images/pool.jpg" width="400" height="267" align="right"><br>
        <span class="photocaption">SPLASH: Swim club members Ann Doyle and Peter Marsh at the pool on Monday. Picture: Kate Ellis</span><br><br>
        <div class="newstext">
        THE town swimming pool will reopen next month after a two-year closure for repairs to its cracked main basin and ageing pumps.<br><br>
        Council said the works had cost $1.4 million, most of it from a state grant for country pools announced the year before last.<br><br>
        Swim club president Ann Doyle said members had been driving forty minutes to train in the next town and were glad to be coming home.<br><br>
        </div>
        </td><td width="200" valign="top"><b>WEATHER</b><br>Fine, top of 30.</td></tr></table>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_drop_the_caption() =>
        Assert.DoesNotContain("Swim club members Ann Doyle and Peter Marsh", _cleaned.Text);

    [Fact]
    public void Should_keep_the_story() =>
        Assert.Contains("THE town swimming pool will reopen next month", _cleaned.Text);
}
