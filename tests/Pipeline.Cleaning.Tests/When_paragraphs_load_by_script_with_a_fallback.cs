namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A page that loads the later paragraphs of its story by script leaves placeholders in the markup and puts the paragraphs
/// in a noscript fallback, as a reader without script sees them. Those paragraphs are the story's and are kept, in order;
/// a fallback that holds only an image or a notice to turn on JavaScript stays out.
/// </summary>
public class When_paragraphs_load_by_script_with_a_fallback
{
    private const string Page = """
        <html><head><title>Ferry timetable cut for the winter | Lakeside Courier</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <noscript><div class="notice">Please enable JavaScript to see comments.</div></noscript>
        <article>
        <h1>Ferry timetable cut for the winter</h1>
        <figure><img class="lazy" data-src="/img/ferry.jpg"><noscript><img src="/img/ferry.jpg" alt="The ferry at the pier"></noscript></figure>
        <p>The lake ferry will run four times a day instead of nine from the first of December, the operator said on Monday, blaming falling winter passenger numbers.</p>
        <div class="lazy-block" data-src="/api/story/2"><div class="skeleton"></div>
        <noscript>
        <p>Residents of the two island villages said the cut would leave commuters stranded after the last crossing at six in the evening.</p>
        <p>The operator said it would review the timetable in March and add crossings if the numbers recovered before the spring.</p>
        </noscript>
        </div>
        <p>The council has asked for a meeting with the operator before the change takes effect.</p>
        </article>
        <footer>© Lakeside Courier</footer>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page });

    [Fact]
    public void Should_keep_the_paragraphs_of_the_fallback_in_order()
    {
        var text = _cleaned.Text;
        var first = text.IndexOf("The lake ferry will run", StringComparison.Ordinal);
        var second = text.IndexOf("Residents of the two island villages", StringComparison.Ordinal);
        var third = text.IndexOf("The operator said it would review", StringComparison.Ordinal);
        var last = text.IndexOf("The council has asked", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first && third > second && last > third, text);
    }

    [Fact]
    public void Should_leave_out_a_fallback_notice() =>
        Assert.DoesNotContain("enable JavaScript", _cleaned.Text, StringComparison.Ordinal);
}
