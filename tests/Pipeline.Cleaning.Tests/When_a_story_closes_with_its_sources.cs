namespace Pipeline.Cleaning.Tests;

public class When_a_story_closes_with_its_sources
{
    private static string Page(string sources) => $"""
        <html><head><title>Harbour wall to be raised before the winter storms</title></head><body><article>
          <h1>Harbour wall to be raised before the winter storms</h1>
          <p>The harbour board will raise the old sea wall by sixty centimetres before November, after two autumn storms last year sent waves over it and flooded the fish market.</p>
          <p>Engineers say the work will take eleven weeks and that the quay will stay open to boats throughout, though the market will move to the car park for a month.</p>
          <p>The board's chair said the cost would be shared with the county, which owns the road behind the wall.</p>
          {sources}
        </article></body></html>
        """;

    private static readonly string ShortList = """
        <h2>Sources<span class="edit">[edit]</span></h2>
        <ul>
          <li>"Sea wall plan approved" — Harbour Board minutes, 12 May</li>
          <li>"Storm damage report" — County Council, 3 February</li>
        </ul>
        <p>This page is archived and can no longer be edited.</p>
        """;

    [Fact]
    public void Should_remove_the_label_the_short_list_and_the_note_under_it()
    {
        var text = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(ShortList) }).Text;
        Assert.DoesNotContain("Sources", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Board minutes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("This page is archived", text, StringComparison.Ordinal);
        Assert.EndsWith("which owns the road behind the wall.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_long_reference_list_as_the_papers_own_text()
    {
        var references = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li>Okafor, T. and Lindqvist, M. (20{i:00}). Wave loads on old harbour walls, part {i}. Coastal Engineering {i}: {i * 10}–{i * 10 + 9}.</li>"));
        var text = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page($"<h2>Sources</h2><ol>{references}</ol>") }).Text;
        Assert.Contains("Wave loads on old harbour walls, part 12", text, StringComparison.Ordinal);
    }
}
