namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A page rendered in the browser: the markup holds a kicker, the headline and the standfirst, and
/// the story itself is only in the JSON-LD articleBody. A paywall that shows two paragraphs and
/// declares the whole story is the other case: what the page shows is the article.
/// </summary>
public class When_a_page_declares_its_body_only_as_data
{
    private const string Story =
        "The harbour authority approved a plan on Tuesday to deepen the northern channel by two metres, ending four years of dispute over dredging spoil.\n\n" +
        "Engineers will move about 1.2 million cubic metres of silt to a licensed site offshore, the authority said, and work on the channel is due to begin in March.\n\n" +
        "Fishing crews had objected that earlier plans would dump the spoil near the mussel beds east of the breakwater. The approved plan keeps barges at least six kilometres from the beds, and an independent diver will inspect them twice a year while the work lasts.\n\n" +
        "\"We listened, and the route changed,\" said the authority's chief engineer, Maren Solberg. Container lines have said deeper berths would let larger ships call without waiting for the tide.\n\n" +
        "The contract, worth about 40 million euros, went to a joint venture of two dredging firms that already work in the southern basin. The authority expects the channel to stay open to ferries throughout.\n\n" +
        "The council still has to sign off on the night-time work the contractor wants. A vote is planned for January, after a public hearing in the harbour hall.";

    private static string Page(string markupBody, string declaredBody) => $$"""
        <html lang="en"><head><title>Channel deepening approved | Harbour Times</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Channel deepening approved after four-year dispute","articleBody":{{System.Text.Json.JsonSerializer.Serialize(declaredBody)}}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
        <main><div class="css-1q2w3e"><span class="css-kick">Port</span></div>
        <h1 class="css-9o8i7u">Channel deepening approved after four-year dispute</h1>
        <p class="css-4r5t6y">The plan moves the dredging spoil away from the mussel beds that fishing crews feared for, and work starts in spring.</p>
        <div class="css-7u8i9o">{{markupBody}}</div></main>
        <footer><p>© Harbour Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Should_take_the_story_from_the_declared_body_when_the_markup_has_none_of_it()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page("<div id=\"root-placeholder\"></div>", Story) });

        Assert.Contains("ending four years of dispute over dredging spoil.", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("after a public hearing in the harbour hall.", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("The plan moves the dredging spoil", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nEngineers will move about 1.2 million", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Port\n", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_a_declared_body_stored_as_escaped_markup()
    {
        var markup = string.Concat(Story.Split("\n\n").Select(p => "<p class=\"texto\">" + p.Replace("é", "&eacute;", StringComparison.Ordinal) + "</p>"));
        var escaped = System.Net.WebUtility.HtmlEncode(markup);
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(string.Empty, escaped) });

        Assert.Contains("\"We listened, and the route changed,\" said the authority's chief engineer", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_what_a_paywall_shows_when_it_declares_the_whole_story()
    {
        var shown = string.Concat(Story.Split("\n\n").Take(2).Select(p => $"<p>{p}</p>")) + "<div class=\"paywall\"><p>Subscribe to keep reading.</p></div>";
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(shown, Story) });

        Assert.Contains("Engineers will move about 1.2 million", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fishing crews had objected", cleaned.Text, StringComparison.Ordinal);
    }
}
