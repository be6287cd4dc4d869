using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Visible text of an HTML document with its block structure: each paragraph, heading, list item,
/// quote or table row becomes one block, blocks separated by a blank line. Reads AngleSharp's
/// standards-following tokenizer instead of building a DOM: a 100 MB page costs its text, not a tree
/// ten times its size, and the walk is one pass. Block boundaries need no tree: a block's start and
/// end tags both close the block before, which is what the DOM walk did too.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "select", "datalist", "math", "noembed", "noframes",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "form",
        "address", "details", "summary", "hr", "body", "html", "fieldset", "caption", "legend", "center", "option",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    };

    /// <summary>Elements whose end tag is usually left out: skipping a hidden one until its end tag could swallow the page.</summary>
    private const int ImpliedEnd = -1;

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal) { "p", "li", "dt", "dd", "tr", "td", "th", "option" };

    public static HtmlContent Extract(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var reader = new HtmlBlockWriter(html.Length);
        var metadata = new Dictionary<string, string>();
        string? title = null, ogTitle = null, canonical = null, skipping = null;
        var skipDepth = 0;
        var inTitle = false;
        bool afterDoctype = false, beforeFirstTag = true;
        var titleText = new StringBuilder();

        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.StartTag)
            {
                beforeFirstTag = false;
                var tag = token.AsTag();
                var name = tag.Name;
                SetTokenizerState(tokenizer, name);
                var opens = !tag.IsSelfClosing && !Void.Contains(name);
                // A hidden <p> or <li> usually has no end tag: the next block ends it, as in the tree builder.
                if (skipping is not null && skipDepth == ImpliedEnd && Blocks.Contains(name)) skipping = null;
                if (skipping is not null)
                {
                    if (name == skipping && opens) skipDepth++;
                    continue;
                }
                if ((Invisible.Contains(name) || HtmlMetaTags.Has(tag, "hidden")) && opens)
                {
                    (skipping, skipDepth) = (name, OptionalEnd.Contains(name) ? ImpliedEnd : 1);
                    continue;
                }
                switch (name)
                {
                    case "title": inTitle = title is null; break;
                    case "br": reader.LineBreak(); break;
                    case "meta": HtmlMetaTags.Read(tag, metadata, ref ogTitle); break;
                    case "link" when string.Equals(HtmlMetaTags.Attribute(tag, "rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                        canonical ??= HtmlMetaTags.Attribute(tag, "href");
                        break;
                    case "html" when HtmlMetaTags.Attribute(tag, "lang") is { } lang: metadata.TryAdd("language", lang.Trim()); break;
                    case "pre": reader.StartBlock(name, preformatted: true); break;
                    default:
                        if (Blocks.Contains(name)) reader.StartBlock(name, preformatted: false);
                        break;
                }
            }
            else if (token.Type == HtmlTokenType.EndTag)
            {
                var name = token.Name;
                if (skipping is not null)
                {
                    if (skipDepth == ImpliedEnd ? Blocks.Contains(name) : name == skipping && --skipDepth == 0) skipping = null;
                    continue;
                }
                if (name == "title" && inTitle)
                {
                    inTitle = false;
                    title = NullIfBlank(HtmlBlockWriter.Collapse(titleText.ToString()));
                }
                else if (Blocks.Contains(name)) reader.EndBlock();
            }
            else if (token.Type == HtmlTokenType.Doctype) afterDoctype = true;
            else if (token.Type == HtmlTokenType.Character && skipping is null)
            {
                if (inTitle) titleText.Append(token.Data);
                // Between a DOCTYPE's internal subset and the root, XHTML leaves "]>" behind: not text.
                else if (!(afterDoctype && beforeFirstTag)) reader.Append(token.Data);
            }
        }
        var text = reader.Finish();
        return new HtmlContent(text, ogTitle ?? title ?? reader.FirstHeading, canonical, metadata);
    }

    /// <summary>What the tree builder would tell the tokenizer: these elements hold raw text, not markup.</summary>
    private static void SetTokenizerState(HtmlTokenizer tokenizer, string name) => tokenizer.State = name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => tokenizer.State,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
