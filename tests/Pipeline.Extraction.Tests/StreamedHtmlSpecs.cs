using System.Text;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

/// <summary>
/// A large HTML page read a window at a time gives the text, title and head metadata of the page
/// read whole. Tiny windows and decoder chunks put the cuts inside tags, entities, comments,
/// scripts, CRLFs and multi-byte characters.
/// </summary>
public class When_a_large_html_page_is_extracted_into_a_sink
{
    private static readonly string Seeds = FindSeeds();

    public static TheoryData<string> Pages
    {
        get
        {
            var pages = new TheoryData<string>
            {
                "team page",
                "seed page",
                "entities and multi-byte text",
                "scripts styles and comments",
                "hidden and optional ends",
                "pre and line breaks",
                "attributes with markup characters",
                "xhtml with internal subset",
                "title and open graph",
                "long text without tags",
                "long script and comment",
                "raw text elements",
                "generated article",
                "broken markup",
            };
            return pages;
        }
    }

    private static string Page(string shape) => shape switch
    {
        "team page" => When_an_html_page_is_extracted.Page,
        "seed page" => File.ReadAllText(Path.Combine(Seeds, "oslo-lithium-talks.html")),
        "entities and multi-byte text" => "<html><body><p>Caf&eacute; &amp; cr&egrave;me &#x1F680; &#128640; &notin; &notit; &CounterClockwiseContourIntegral; &amp &lt;tag&gt;</p>"
            + "<p>Größe — 東京 🚀 𝄞 ✓ ÄÖÜ äöü ß zero\uFEFFwidth \uFEFF</p><p>&nbsp;&nbsp;spaced&nbsp;out&#160;text &#0; &#xD800; &bogus; & alone</p></body></html>",
        "scripts styles and comments" => "<html><head><script>if (a < b && c > d) { document.write('<p>no</p>'); }</script>"
            + "<script><!-- document.write('<script>x</script>'); --></script><style>a::after { content: '</p>'; }</style></head>"
            + "<body><!-- a <p>comment</p> with -- dashes --><p>After comment</p><!----><!-- x --!><p>Second</p>"
            + "<noscript><p>Enable JS</p></noscript><template><p>tpl</p></template><svg><text>svg text</text></svg><p>End</p></body></html>",
        "hidden and optional ends" => "<body><p>One<p hidden>hidden para<p>Two<ul><li>a<li hidden>b<li>c</ul><div hidden><div>nested</div>still hidden</div>"
            + "<p>Three</p><section hidden>gone</section><dl><dt>term<dd>definition</dl><table><tr><td>cell 1<td>cell 2<tr><td>row 2</table></body>",
        "pre and line breaks" => "<body><pre>first line\r\n  second line\r\n\r\n\r\nthird   line\n</pre><div>a<br>b<br><br><br>c</div>"
            + "<p>text\r\nwith\rold\nline ends</p><pre>\n\nleading</pre></body>",
        "attributes with markup characters" => "<body><a title=\"x < y > z\" href='/a?b=1&amp;c=2'>link</a> <img alt=\"<p>not a tag</p>\" src=x>"
            + "<p data-json='{\"a\":\"</p>\"}'>inside</p><input value=\"a>b\"><p class = unquoted>Unquoted</p></body>",
        "xhtml with internal subset" => """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Start &a; end</p></body></html>
            """,
        "title and open graph" => "<html><head><title>Site | \n  Page   title</title><meta property=\"og:title\" content=\"  The   Page \">"
            + "<meta name=\"description\" content=\"A page.\"><meta name=\"keywords\" content=\"a, b\"><meta property=\"og:site_name\" content=\"Site\">"
            + "<link rel=\"canonical\" href=\"https://example.org/p\"></head><body><h1>Heading</h1><p>Text.</p></body></html>",
        "long text without tags" => "<html><body><pre>" + string.Concat(Enumerable.Range(0, 400).Select(i => $"line {i} caf&eacute; &amp; 東京\r\n")) + "</pre>"
            + string.Concat(Enumerable.Range(0, 300).Select(i => $"word{i} &lt; text ")) + "</body></html>",
        "long script and comment" => "<html><head><script>" + string.Concat(Enumerable.Range(0, 300).Select(i => $"var x{i} = '<b>{i}</b>' < 3;\n")) + "</script></head><body>"
            + "<!--" + string.Concat(Enumerable.Range(0, 300).Select(i => $"<p>commented {i}</p> - ")) + "--><p>Visible</p>"
            + "<div style=\"" + new string('x', 3000) + "\">After a long tag</div></body></html>",
        "raw text elements" => "<body><textarea>typed <b>text</b> &amp; more</textarea><xmp><p>xmp</p></xmp><iframe><p>frame</p></iframe>"
            + "<noembed>ne</noembed><p>After</p><title>Late title</title><p>x</p><plaintext><p>plain</p> &amp; rest</body>",
        "generated article" => Generated(60),
        "broken markup" => "<html><body><p>Unclosed <b>bold <i>italic</p><div>div <span>span</div></p></p><p>Tag at end <a href=\"x",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_write_the_text_the_whole_page_gives(string shape)
    {
        var html = Page(shape);
        var bytes = Utf8(html);
        var inMemory = Extract(bytes, "page.html").Documents.Single();
        var (streamed, result, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(bytes, "page.html");
        Assert.Equal(inMemory.Text, sinkText);
        Assert.Equal(sinkText.Length, streamed.SinkCharacters);
        Assert.Equal("", streamed.Text);
        Assert.Null(streamed.Html);
        Assert.Equal(inMemory.Title, streamed.Title);
        Assert.Equal(inMemory.Url, streamed.Url);
        Assert.Equal("not kept: larger than StreamingThresholdBytes", streamed.Metadata["markup"]);
        Assert.Equal(inMemory.Metadata, streamed.Metadata.Where(m => m.Key != "markup"));
        Assert.Equal(DocumentFormat.Html, result.Format);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_write_the_same_text_whatever_the_window_and_chunk_sizes(string shape)
    {
        var html = Page(shape);
        var expected = HtmlTextExtractor.Extract(html);
        var bytes = Utf8(html);
        foreach (var (window, chunk) in ((int, int)[])[(1, 1), (2, 3), (5, 2), (7, 16), (16, 5), (61, 7), (300, 64), (4096, 1024)])
        {
            var sink = new MemoryStream();
            HtmlContent streamed;
            using (var writer = new Utf8TextSink(sink))
            {
                streamed = StreamedHtmlText.Extract(new MemoryStream(bytes), 0, Encoding.UTF8, writer, window, chunk);
                writer.Complete();
            }
            var text = Encoding.UTF8.GetString(sink.ToArray());
            Assert.True(expected.Text == text, $"{shape}: window {window}, chunk {chunk}: first difference at {FirstDifference(expected.Text, text)}\n{Around(expected.Text, text)}");
            Assert.Equal(expected.Title, streamed.Title);
            Assert.Equal(expected.CanonicalUrl, streamed.CanonicalUrl);
            Assert.Equal(expected.Metadata, streamed.Metadata);
        }
    }

    [Fact]
    public void Should_read_past_a_script_far_larger_than_the_window()
    {
        var script = string.Concat(Enumerable.Repeat("if (a<b) { document.write(\"</div><p>no</p>\"); }\n", 120_000));
        var bytes = Utf8("<html><head><script>" + script + "</script></head><body><p>After the script</p></body></html>");
        var (document, _, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(bytes, "script.html");
        Assert.Equal("After the script", sinkText);
        Assert.Equal("After the script", document.Title);
    }

    [Fact]
    public void Should_refuse_a_single_tag_larger_than_it_keeps_whole()
    {
        var bytes = Utf8("<html><body><p>Before</p><img src=\"data:image/png;base64," + new string('A', StreamedHtmlText.MaxTokenCharacters + 100_000) + "\"><p>After</p></body></html>");
        var error = Assert.Throws<ExtractionException>(() => When_a_large_text_is_extracted_into_a_sink.Streamed(bytes, "image.html"));
        Assert.Equal(ExtractionErrorCodes.TooLarge, error.Code);
    }

    [Fact]
    public void Should_read_a_page_in_a_legacy_encoding_the_same_way()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>cr\u00e8me br\u00fbl\u00e9e \u2013 \u00a35</p></body></html>");
        var inMemory = Extract(bytes, "legacy.html");
        var (streamed, result, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(bytes, "legacy.html");
        Assert.Equal(inMemory.Documents[0].Text, sinkText);
        Assert.Equal("Café", streamed.Title);
        Assert.Equal(inMemory.Encoding, result.Encoding);
    }

    [Fact]
    public void Should_refuse_a_page_with_only_scripts_as_no_text_and_write_nothing()
    {
        var sink = new MemoryStream();
        var bytes = Utf8("<html><head><script>" + new string('x', 5000) + "</script></head><body><style>b{}</style></body></html>");
        var error = Assert.Throws<ExtractionException>(() => new DocumentExtractor(new ExtractionOptions { StreamingThresholdBytes = 0 }).Extract(bytes, "s.html", null, sink));
        Assert.Equal(ExtractionErrorCodes.NoText, error.Code);
        Assert.Equal(0, sink.Length);
    }

    [Fact]
    public void Should_read_large_markdown_as_plain_text_with_its_front_matter_as_metadata()
    {
        var markdown = "---\ntitle: \"Coast guard and rice\"\nauthor: Ines Duarte\ndate: 2024-05-02\n---\n\n# Heading\n\nSome *emphasis*   here.\r\n\r\n\r\n- item\n";
        var (document, result, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(Utf8(markdown), "notes.md");
        Assert.Equal(DocumentFormat.Markdown, result.Format);
        Assert.Equal("# Heading\n\nSome *emphasis*   here.\n\n- item", sinkText);
        Assert.Equal("Coast guard and rice", document.Title);
        Assert.Equal("Ines Duarte", document.Metadata["author"]);
        Assert.Equal(Extract(Utf8(markdown), "notes.md").Documents[0].Metadata["published"], document.Metadata["published"]);
        Assert.StartsWith("not rendered", document.Metadata["markup"]);
        Assert.Null(document.Html);
        Assert.Equal(sinkText.Length, document.SinkCharacters);
    }

    [Fact]
    public void Should_title_large_markdown_without_front_matter_by_its_first_line()
    {
        var markdown = File.ReadAllBytes(Path.Combine(Seeds, "coast-guard-and-rice.md"));
        var (document, _, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(Utf8("Plain first line\n\n" + Encoding.UTF8.GetString(markdown)), "seed.md");
        Assert.Equal("Plain first line", document.Title);
        Assert.StartsWith("Plain first line\n\n", sinkText);
    }

    [Fact]
    public void Should_title_large_markdown_by_its_first_heading_without_its_marks()
    {
        var (document, _, sinkText) = When_a_large_text_is_extracted_into_a_sink.Streamed(Utf8("## Tide tables ##\n\nBody."), "tides.md");
        Assert.Equal("Tide tables", document.Title);
        Assert.Equal("## Tide tables ##\n\nBody.", sinkText);
    }

    private static string Generated(int paragraphs)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Generiert</title><script>var a = 1 < 2;</script></head><body><main>");
        var random = new Random(7);
        string[] words = ["Straße", "über", "東京", "naïve", "&amp;", "&lt;b&gt;", "word", "🚀", "a\r\nb", "x&nbsp;y"];
        for (var i = 0; i < paragraphs; i++)
        {
            var tag = (string[])["p", "li", "h2", "blockquote", "td", "span"];
            var name = tag[random.Next(tag.Length)];
            html.Append('<').Append(name).Append(i % 9 == 0 ? " hidden" : "").Append('>');
            for (var w = 0; w < random.Next(3, 30); w++) html.Append(words[random.Next(words.Length)]).Append(w % 7 == 6 ? "<br>" : " ");
            if (i % 5 == 0) html.Append("<!-- note ").Append(i).Append(" -->");
            html.Append("</").Append(name).Append('>');
        }
        return html.Append("</main></body></html>").ToString();
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Around(string expected, string actual)
    {
        var at = FirstDifference(expected, actual);
        string Slice(string s) => s.Substring(Math.Max(0, at - 40), Math.Min(s.Length, at + 40) - Math.Max(0, at - 40));
        return $"expected …{Slice(expected)}…\nactual   …{Slice(actual)}…";
    }

    private static string FindSeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (Directory.Exists(Path.Combine(directory.FullName, "seeds"))) return Path.Combine(directory.FullName, "seeds");
        throw new DirectoryNotFoundException("No seeds folder above the test binaries.");
    }
}
