namespace Pipeline.Cleaning.Tests;

public class When_a_story_sets_a_quote_widget_between_its_paragraphs
{
    // A newsroom CMS inserts blocks into the story as typed widgets ("widget image", "widget
    // quote"); the sidebar of the same page is a theme's widget area.
    private const string Html = """
        <html><head><title>How to make a proper lemon sherbet</title></head><body>
          <div class="layout">
            <div class="story">
              <h1>How to make a proper lemon sherbet</h1>
              <div class="insert"><div class="widget quote longtext">
                <h6>“Do you still know where to get unwaxed lemons in town?”<br>I think so. Why?<br>“Since that summer at the coast I cannot stop making sherbet, and I want to keep everything for it in the house.”</h6>
              </div></div>
              <p>Sherbet is one of the oldest cold drinks there is, and one of the easiest to get wrong. It needs sharp lemons, fine sugar and a little patience.</p>
              <p>Start by rubbing the sugar into the zest until it smells of lemon, then add the juice and leave it to stand for an hour before you stir in the water.</p>
              <p>Chill it well and serve it over crushed ice. A sprig of mint is allowed, a straw is not required.</p>
            </div>
            <div class="side">
              <div class="widget widget_recent_entries"><h3>Recent posts</h3><ul><li><a href="/a">Ten ways with cucumbers</a></li><li><a href="/b">Why we stopped using plastic straws at every party</a></li></ul></div>
              <div class="widget widget_text"><p>Our newsletter comes out every Friday with the best drinks of the week from our kitchen.</p></div>
            </div>
          </div>
        </body></html>
        """;

    private readonly string _text = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html }).Text;

    [Fact]
    public void Should_keep_the_quote_that_opens_the_story() =>
        Assert.Contains("where to get unwaxed lemons in town?", _text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_after_it() =>
        Assert.Contains("A sprig of mint is allowed", _text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_drop_the_sidebar_widgets()
    {
        Assert.DoesNotContain("Recent posts", _text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our newsletter comes out", _text, StringComparison.Ordinal);
    }
}
