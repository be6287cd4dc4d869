namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A page builder may call every block it places a widget ("content-widget text-widget"), the
/// story's paragraphs included, and each such box alone holds too little prose to be protected as
/// the article. Pruned box by box, nothing would be left of an ordinary story: when the names
/// leave no text at all, the page is read again without judging boxes by their names (tags,
/// roles and hidden state still count), so the story comes out rather than nothing.
/// </summary>
public class When_every_box_of_the_story_is_named_like_page_furniture
{
    private const string Html = """
        <html><head><title>Library opens on Sundays from January | Westmoor Gazette</title></head><body>
        <header><a href="/">Westmoor Gazette</a><nav><a href="/news">News</a> <a href="/whats-on">What's on</a></nav></header>
        <div class="page">
          <div class="heading-widget"><h1>Library opens on Sundays from January</h1></div>
          <div class="content-widget text-widget"><p>The central library will open on Sunday afternoons from the second week of January, the town council confirmed at its meeting on Thursday.</p></div>
          <div class="content-widget text-widget"><p>Volunteers from the Friends of Westmoor Library will staff the reading rooms alongside two paid librarians, and the café will open as well.</p></div>
          <div class="content-widget text-widget"><p>The trial will run until Easter, when councillors will look at how many people came and whether the hours should stay.</p></div>
        </div>
        <footer><a href="/contact">Contact us</a> © Westmoor Gazette</footer>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_fall_back_to_the_story_rather_than_nothing() =>
        Assert.Equal(
        [
            "The central library will open on Sunday afternoons from the second week of January, the town council confirmed at its meeting on Thursday.",
            "Volunteers from the Friends of Westmoor Library will staff the reading rooms alongside two paid librarians, and the café will open as well.",
            "The trial will run until Easter, when councillors will look at how many people came and whether the hours should stay.",
        ], _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_still_remove_the_menu_and_the_footer()
    {
        Assert.DoesNotContain("What's on", _cleaned.Text);
        Assert.DoesNotContain("Contact us", _cleaned.Text);
    }
}
