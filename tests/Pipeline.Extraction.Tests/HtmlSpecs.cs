using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_an_html_page_is_extracted
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
          <title>Harbour  notes</title>
          <meta name="author" content="Tomas Berg">
          <meta property="article:published_time" content="2024-02-10T08:15:00+01:00">
          <link rel="canonical" href="https://example.org/harbour">
          <script>var hidden = "<p>not text</p>";</script>
          <style>p { color: red }</style>
        </head><body>
          <h1>Harbour   report</h1>
          <p>The ferries ran
             late on Tuesday.</p>
          <ul><li>North pier closed</li><li>South pier &amp; slipway open</li></ul>
          <p hidden>Draft that nobody should see</p>
          <div>Tides<br>High at noon</div>
          <pre>line one
        line two</pre>
        </body></html>
        """;

    private readonly ExtractedDocument _document = Extract(Utf8(Page)).Documents.Single();

    [Fact]
    public void Should_keep_one_block_per_heading_paragraph_and_list_item()
    {
        Assert.Equal(
            "Harbour report\n\nThe ferries ran late on Tuesday.\n\nNorth pier closed\n\nSouth pier & slipway open\n\nTides\nHigh at noon\n\nline one\nline two",
            _document.Text);
    }

    [Fact]
    public void Should_take_title_language_author_date_and_canonical_url_from_the_head()
    {
        Assert.Equal("Harbour notes", _document.Title);
        Assert.Equal("https://example.org/harbour", _document.Url);
        Assert.Equal("Tomas Berg", _document.Metadata["author"]);
        Assert.Equal("en-GB", _document.Metadata["language"]);
        Assert.Equal("2024-02-10T07:15:00Z", _document.Metadata["published"]);
    }

    [Fact]
    public void Should_carry_the_decoded_markup_for_the_clean_stage() => Assert.Equal(Page, _document.Html);

    [Fact]
    public void Should_prefer_the_open_graph_title_and_fall_back_to_the_first_heading()
    {
        var og = Extract(Utf8("<html><head><title>Site | Page</title><meta property=\"og:title\" content=\"Page\"></head><body><p>x</p></body></html>"));
        var heading = Extract(Utf8("<html><body><h1>Only heading</h1><p>Body text.</p></body></html>"));
        Assert.Equal("Page", og.Documents[0].Title);
        Assert.Equal("Only heading", heading.Documents[0].Title);
    }

    [Fact]
    public void Should_read_xhtml_without_expanding_its_entities()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Start &c; end</p></body></html>
            """;
        var result = Extract(Utf8(bomb), "page.xhtml");
        Assert.Equal(DocumentFormat.Html, result.Format);
        Assert.Equal("Start &c; end", result.Documents[0].Text);
    }

    [Fact]
    public void Should_refuse_a_page_that_is_only_scripts_and_styles_as_no_text()
    {
        var scripts = "<html><head><script>document.write('hi')</script></head><body><script src=app.js></script><style>b{}</style><noscript></noscript></body></html>";
        Assert.Equal(ExtractionErrorCodes.NoText, Refusal(Utf8(scripts)).Code);
    }

    [Fact]
    public void Should_treat_an_html_fragment_as_html_when_the_name_says_so()
    {
        var result = Extract(Utf8("Intro line <b>bold</b><p>Second</p>"), "fragment.html");
        Assert.Equal(DocumentFormat.Html, result.Format);
        Assert.Equal("Intro line bold\n\nSecond", result.Documents[0].Text);
    }
}
