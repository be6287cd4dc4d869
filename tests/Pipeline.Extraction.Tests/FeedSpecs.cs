using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_a_feed_is_extracted
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Valley Gazette</title>
            <language>en</language>
            <image><title>logo</title><url>https://example.org/logo.png</url></image>
            <item>
              <title>Market day moves</title>
              <link>https://example.org/market</link>
              <guid isPermaLink="false">gazette-101</guid>
              <pubDate>Mon, 03 Jun 2024 07:00:00 GMT</pubDate>
              <dc:creator>Lena Park</dc:creator>
              <category>Town</category>
              <description>&lt;p&gt;The market moves to &lt;b&gt;Saturday&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Stalls open at eight.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Library hours</title>
              <link>https://example.org/library</link>
              <description>Open late on Thursdays.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Should_make_one_document_per_rss_item_with_key_url_and_metadata()
    {
        var result = Extract(Utf8(Rss), "feed.xml");
        Assert.Equal(DocumentFormat.Feed, result.Format);
        Assert.Equal(2, result.Documents.Count);
        var first = result.Documents[0];
        Assert.Equal("Market day moves", first.Title);
        Assert.Equal("The market moves to Saturday.\n\nStalls open at eight.", first.Text);
        Assert.Equal("<p>The market moves to <b>Saturday</b>.</p><p>Stalls open at eight.</p>", first.Html);
        Assert.Equal("gazette-101", first.ItemKey);
        Assert.Equal("https://example.org/market", first.Url);
        Assert.Equal("Valley Gazette", first.Metadata["feedTitle"]);
        Assert.Equal("2024-06-03T07:00:00Z", first.Metadata["published"]);
        Assert.Equal("Lena Park", first.Metadata["author"]);
        Assert.Equal("Town", first.Metadata["categories"]);
        Assert.Equal("https://example.org/library", result.Documents[1].ItemKey);
    }

    [Fact]
    public void Should_make_one_document_per_atom_entry()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Werkstatt</title>
              <entry>
                <title>Neue Drehbank</title>
                <id>urn:uuid:6f1c0d2e-0001</id>
                <link rel="alternate" href="https://example.org/drehbank"/>
                <published>2024-01-15T12:00:00+01:00</published>
                <author><name>Karl Weber</name></author>
                <content type="html">&lt;p&gt;Die Drehbank ist da.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Offene Tür</title>
                <id>urn:uuid:6f1c0d2e-0002</id>
                <summary>Samstag von zehn bis vier.</summary>
              </entry>
            </feed>
            """;
        var result = Extract(Utf8(atom));
        Assert.Equal("application/atom+xml", result.MediaType);
        Assert.Equal(["urn:uuid:6f1c0d2e-0001", "urn:uuid:6f1c0d2e-0002"], result.Documents.Select(d => d.ItemKey));
        var first = result.Documents[0];
        Assert.Equal("Die Drehbank ist da.", first.Text);
        Assert.Equal("https://example.org/drehbank", first.Url);
        Assert.Equal("Karl Weber", first.Metadata["author"]);
        Assert.Equal("de", first.Metadata["language"]);
        Assert.Equal("Werkstatt", first.Metadata["feedTitle"]);
        Assert.Equal("Samstag von zehn bis vier.", result.Documents[1].Text);
    }

    [Fact]
    public void Should_refuse_an_entity_bomb_without_expanding_it()
    {
        var laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "lollollollollollollollollollol">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
            ]>
            <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&i;</description></item></channel></rss>
            """;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(ExtractionErrorCodes.Bomb, Refusal(Utf8(laughs)).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Should_refuse_a_feed_without_items_as_no_text() =>
        Assert.Equal(ExtractionErrorCodes.NoText, Refusal(Utf8("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")).Code);

    [Fact]
    public void Should_refuse_malformed_xml_as_corrupt() =>
        Assert.Equal(ExtractionErrorCodes.Corrupt, Refusal(Utf8("<rss><channel><item><title>open")).Code);
}
