namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Newsletter and blog editors set a pull quote as a plain paragraph in a box named for it
/// ("<c>&lt;div class="pullquote"&gt;&lt;p&gt;…</c>", "pull-quote", "quote-block"), no blockquote and no
/// quotation marks: when its words repeat a sentence of the story, it goes as any pull quote does,
/// also when the story breaks the quote with its attribution ("“We did not …,” said … “We wanted …”").
/// A block quote that brings words of its own stays.
/// </summary>
public class When_a_pull_quote_is_set_in_a_box_named_for_it
{
    private const string Html = """
        <html><head><title>The bakery the village kept</title></head><body>
        <article>
          <h1>The bakery the village kept</h1>
          <div class="body markup">
            <p>When the last baker in Oldby retired in the spring, forty households bought his ovens and hired a young couple from the city to run the shop.</p>
            <p>The statutes they signed are one page long, and one line in them was argued over longer than all the others put together:</p>
            <blockquote><p>Bread for the school is baked first, whatever the orders of the day.</p></blockquote>
            <p>“We did not want a business,” said Ilse Marten, who chairs the association, when I met her at the counter. “We wanted the smell of bread in the street again.”</p>
            <div class="pullquote"><p>We did not want a business. We wanted the smell of bread in the street again.</p></div>
            <p>The shop has broken even in every month since June, the association’s first report shows, although the ovens still burn more oil than anyone planned for.</p>
          </div>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_drop_the_repeated_quote() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "We did not want a business. We wanted the smell of bread in the street again." && removed.Reason == "pull-quote");

    [Theory]
    [InlineData("Bread for the school is baked first, whatever the orders of the day.")]
    [InlineData("“We did not want a business,” said Ilse Marten")]
    public void Should_keep_the_block_quote_and_the_sentence_it_repeats(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
