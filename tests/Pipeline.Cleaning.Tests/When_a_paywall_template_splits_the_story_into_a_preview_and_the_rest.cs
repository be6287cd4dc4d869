namespace Pipeline.Cleaning.Tests;

public class When_a_paywall_template_splits_the_story_into_a_preview_and_the_rest
{
    private const string Html = """
        <html><head><title>County fair moves to August after heat complaints</title></head><body>
        <div class="site-header"><a href="/">The Harlow Courier</a> <a href="/news">News</a> <a href="/sports">Sports</a></div>
        <article>
          <h1>County fair moves to August after heat complaints</h1>
          <div class="asset-byline">By Nora Feld</div>
          <div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
            <div class="subscriber-preview">
              <p>HARLOW — The county fair will move from the third week of July to the second week of August next year, the fair board decided Tuesday.</p>
              <p>The change follows two summers in which exhibitors said animals suffered in barns that reached more than 100 degrees in the afternoon.</p>
            </div>
            <div class="tncms-region"><div class="tnt-ads"><span>Advertisement</span></div></div>
            <div class="subscriber-only">
              <p>Board president Carl Ostrander said the later dates were chosen after a survey of 4-H clubs, vendors and the carnival company that runs the midway.</p>
              <p>"We heard the same thing from almost everybody, which is that July has simply become too hot for the livestock shows," Ostrander said.</p>
              <p>Some vendors warned that the August dates overlap with the start of the school year in two districts, which could cut attendance on the final weekend.</p>
              <p>The board said it will ask both districts whether the first day of classes could be moved by a few days, and will decide on ticket prices in March.</p>
            </div>
          </div>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_preview_paragraphs_above_the_locked_part() =>
        Assert.StartsWith("HARLOW — The county fair will move", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_locked_part_to_its_last_paragraph() =>
        Assert.EndsWith("will decide on ticket prices in March.", _cleaned.Text, StringComparison.Ordinal);
}
