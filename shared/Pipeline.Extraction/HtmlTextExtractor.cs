using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InvisibleNames = Invisible.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OptionalEndNames = OptionalEnd.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Uses the tokenizer's struct tokens: names and text are slices of the source, valid until the
    /// next token, so nothing is allocated per token (four times faster than token objects).
    /// </summary>
    public static HtmlContent Extract(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver);
        var writer = new HtmlBlockWriter(html.Length);
        var metadata = new Dictionary<string, string>();
        string? title = null, ogTitle = null, canonical = null, skipping = null;
        var skipDepth = 0;
        bool inTitle = false, afterDoctype = false, beforeFirstTag = true;
        var titleText = new StringBuilder();

        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            ReadOnlySpan<char> name = token.Name;
            if (token.Type == HtmlTokenType.StartTag)
            {
                beforeFirstTag = false;
                SetTokenizerState(tokenizer, name);
                var opens = !token.IsSelfClosing && !VoidNames.Contains(name);
                // A hidden <p> or <li> usually has no end tag: the next block ends it, as in the tree builder.
                if (skipping is not null && skipDepth == ImpliedEnd && BlockNames.Contains(name)) skipping = null;
                if (skipping is not null)
                {
                    if (name.SequenceEqual(skipping) && opens) skipDepth++;
                    continue;
                }
                if ((InvisibleNames.Contains(name) || HasAttribute(ref token, "hidden")) && opens)
                {
                    (skipping, skipDepth) = (name.ToString(), OptionalEndNames.Contains(name) ? ImpliedEnd : 1);
                    continue;
                }
                switch (name)
                {
                    case "title": inTitle = title is null; break;
                    case "br": writer.LineBreak(); break;
                    case "meta": HtmlMetaTags.Read(token.ToHtmlToken().AsTag(), metadata, ref ogTitle); break;
                    case "link":
                        var link = token.ToHtmlToken().AsTag();
                        if (string.Equals(HtmlMetaTags.Attribute(link, "rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                            canonical ??= HtmlMetaTags.Attribute(link, "href");
                        break;
                    case "html":
                        if (HtmlMetaTags.Attribute(token.ToHtmlToken().AsTag(), "lang") is { } lang) metadata.TryAdd("language", lang);
                        break;
                    case "pre": writer.StartBlock("pre", preformatted: true); break;
                    default:
                        if (BlockNames.TryGetValue(name, out var block)) writer.StartBlock(block, preformatted: false);
                        break;
                }
            }
            else if (token.Type == HtmlTokenType.EndTag)
            {
                if (skipping is not null)
                {
                    if (skipDepth == ImpliedEnd ? BlockNames.Contains(name) : name.SequenceEqual(skipping) && --skipDepth == 0) skipping = null;
                    continue;
                }
                if (name is "title" && inTitle)
                {
                    inTitle = false;
                    title = NullIfBlank(HtmlBlockWriter.Collapse(titleText.ToString()));
                }
                else if (BlockNames.Contains(name)) writer.EndBlock();
            }
            else if (token.Type == HtmlTokenType.Doctype) afterDoctype = true;
            else if (token.Type == HtmlTokenType.Character && skipping is null)
            {
                if (inTitle) titleText.Append((ReadOnlySpan<char>)token.Data);
                // Between a DOCTYPE's internal subset and the root, XHTML leaves "]>" behind: not text.
                else if (!(afterDoctype && beforeFirstTag)) writer.Append(token.Data);
            }
        }
        var text = writer.Finish();
        return new HtmlContent(text, ogTitle ?? title ?? writer.FirstHeading, canonical, metadata);
    }

    private static bool HasAttribute(ref StructHtmlToken token, string name)
    {
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
            if (attributes[i].Name == name) return true;
        return false;
    }

    /// <summary>What the tree builder would tell the tokenizer: these elements hold raw text, not markup.</summary>
    private static void SetTokenizerState(HtmlTokenizer tokenizer, ReadOnlySpan<char> name) => tokenizer.State = name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => tokenizer.State,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
