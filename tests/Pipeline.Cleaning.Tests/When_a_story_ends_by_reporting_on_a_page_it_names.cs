namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A canton's release ends with a paragraph about the online list it announces: "All sites are
/// listed at www.example.org/sites. The list shows the nearest ones first and can be switched to a
/// map." The address stands inside the paragraph and the story goes on past it, so this is the
/// story's last paragraph, not a note on how to reach the desk. A short line that only gives an
/// address, or an address and a phone number, is still a note.
/// </summary>
public class When_a_story_ends_by_reporting_on_a_page_it_names
{
    private static string Page(string last) => $"""
        <html><head><title>More vaccination sites open in the valley | Canton News</title></head><body>
        <header><a href="/">Canton News</a><nav><a href="/news">News</a> <a href="/health">Health</a></nav></header>
        <main><article>
          <h1>More vaccination sites open in the valley</h1>
          <p>Three more vaccination sites open next week in the valley's largest towns, the health department said on Tuesday.</p>
          <p>Appointments are no longer needed at any of the sites, which will stay open on Saturdays until the end of February.</p>
          <p>{last}</p>
        </article></main>
        </body></html>
        """;

    [Fact]
    public void Should_keep_a_paragraph_that_goes_on_past_its_address()
    {
        const string last = "All sites are listed at www.example.org/vaccination-sites. The list shows the nearest sites first and can be switched to a map.";
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(last) });
        Assert.Contains(last, cleaned.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("More information at www.example.org/vaccination.")]
    [InlineData("Contact: press@example.org. Tel. 031 633 79 20")]
    public void Should_still_remove_an_address_line(string last)
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(last) });
        Assert.DoesNotContain(last, cleaned.Text);
    }
}
