namespace Pipeline.Cleaning.Tests;

public class When_a_meta_line_runs_long_with_its_tags
{
    private static readonly string Tags = string.Join(", ", new[]
    {
        "allotments", "water", "drought", "council", "hosepipe ban", "rainwater", "community gardens", "vegetables",
        "climate", "reservoirs", "summer", "volunteers", "green spaces", "town centre", "planning", "local news",
        "water company", "leaks", "wildlife ponds", "compost", "bees", "flower shows", "harvest festival", "county council",
    }.Select(tag => $"""<a href="/tag/{tag.Replace(' ', '-')}" rel="tag">{tag}</a>"""));

    private static string Html => $"""
        <html><head><title>Allotment holders share rainwater tanks</title></head><body><article>
          <header><h1>Allotment holders share rainwater tanks</h1>
          <div class="below-entry-meta"><span class="posted-on"><a href="/2026/07/tanks"><time datetime="2026-07-02">2 July 2026</time></a></span> <span class="byline"><a href="/author/rkhan">Rosa Khan</a></span> <span class="tag-links">{Tags}</span></div></header>
          <div class="entry-content">
            <p>Allotment holders on the Mill Lane site have joined their rainwater tanks with a pipe along the main path, so that plots at the dry end can draw on the full tanks near the sheds.</p>
            <p>The association's secretary said the idea came after last summer's hosepipe ban, when some members carried water in cans from home.</p>
            <p>The council has offered to pay for two more tanks if the scheme lasts the summer.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_date_author_and_tags_line() =>
        Assert.DoesNotContain("hosepipe ban, rainwater", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_start_with_the_first_paragraph() =>
        Assert.StartsWith("Allotment holders on the Mill Lane site", _cleaned.Text, StringComparison.Ordinal);
}
