using Pipeline.Cleaning.Html;
using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_parsing_html_with_the_fast_parser
{
    public static TheoryData<string> Markup => new()
    {
        NewsWithSidebarPage.Html,
        BlogWithCommentsPage.Html,
        PromoAndCookiePage.Html,
        "<P>One paragraph<P>Another one, never closed<DIV>A block ends it</DIV>",
        "<ul><li>First<li>Second <b>bold<li>Third</ul><dl><dt>Term<dd>Definition</dl>",
        "<table><tr><td>a<td>b<tr><td>c</table><p>after the table",
        "<p>Fish &amp; chips &mdash; &#8220;quoted&#8221; &#x41;&nbsp;B</p>",
        "<div>before<script>document.write('</div><p>not text</p>')</script>after</div>",
        "<div>x<!-- <p>a comment</p> -->y<![CDATA[ raw ]]>z</div>",
        "<p class=lead id=intro>Unquoted attributes</p><br/><p>Line<br>break</p>",
        "<div><button>Share</button><select><option>One</option></select><svg><text>icon</text></svg>Visible</div>",
        "<div><a href=/a>first <a href=/b>second</a></div>",
        "<p>icons <svg viewBox='0 0 1 1'><title/><path d='M0'/></svg> and <svg/> stay out</p><p>the text goes on</p>",
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void Should_yield_the_same_blocks_as_a_full_html5_parser(string html)
    {
        Assert.Equal(BlocksOf(AngleSharpPageTree.Build(html)), BlocksOf(PageParser.Parse(html)));
    }

    [Fact]
    public void Should_keep_json_ld_and_meta_tags_for_metadata()
    {
        var head = PageHead.Read(PageParser.Parse(NewsWithSidebarPage.Html));
        Assert.Equal("The Harbour Gazette", head.Meta("og:site_name"));
        Assert.Equal("en-GB", head.Language);
        Assert.Single(head.JsonLd);
    }

    private static List<string> BlocksOf(PageNode document)
    {
        var body = document.Descendants().First(node => node.Tag == "body");
        return BlockSegmenter.Segment(body).Select(block => $"{block.Kind}|{block.LinkChars}|{block.Text}").ToList();
    }
}
