using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Pipeline.Extraction;

/// <summary>
/// What one page's tokens mean, one token at a time: block boundaries, skipped invisible elements,
/// the title and the head's metadata. Block boundaries need no tree: a block's start and end tags
/// both close the block before, which is what the DOM walk did too. Keeps its state between tokens,
/// so a page can be tokenized in pieces (<see cref="StreamedHtmlText"/>) with the same result.
/// </summary>
internal sealed class HtmlTokenReader(HtmlBlockWriter writer, int maxTitleCharacters = int.MaxValue)
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

    private readonly Dictionary<string, string> _metadata = [];
    private readonly StringBuilder _titleText = new();
    private string? _title, _ogTitle, _canonical, _skipping;
    private int _skipDepth;
    private bool _inTitle, _afterDoctype, _beforeFirstTag = true;

    public void Read(ref StructHtmlToken token, HtmlTokenizer tokenizer)
    {
        ReadOnlySpan<char> name = token.Name;
        if (token.Type == HtmlTokenType.StartTag)
        {
            _beforeFirstTag = false;
            SetTokenizerState(tokenizer, name);
            var opens = !token.IsSelfClosing && !VoidNames.Contains(name);
            // A hidden <p> or <li> usually has no end tag: the next block ends it, as in the tree builder.
            if (_skipping is not null && _skipDepth == ImpliedEnd && BlockNames.Contains(name)) _skipping = null;
            if (_skipping is not null)
            {
                if (name.SequenceEqual(_skipping) && opens) _skipDepth++;
                return;
            }
            if ((InvisibleNames.Contains(name) || HasAttribute(ref token, "hidden")) && opens)
            {
                (_skipping, _skipDepth) = (name.ToString(), OptionalEndNames.Contains(name) ? ImpliedEnd : 1);
                return;
            }
            switch (name)
            {
                case "title": _inTitle = _title is null; break;
                case "br": writer.LineBreak(); break;
                case "meta": HtmlMetaTags.Read(token.ToHtmlToken().AsTag(), _metadata, ref _ogTitle); break;
                case "link":
                    var link = token.ToHtmlToken().AsTag();
                    if (string.Equals(HtmlMetaTags.Attribute(link, "rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                        _canonical ??= HtmlMetaTags.Attribute(link, "href");
                    break;
                case "html":
                    if (HtmlMetaTags.Attribute(token.ToHtmlToken().AsTag(), "lang") is { } lang) _metadata.TryAdd("language", lang);
                    break;
                case "pre": writer.StartBlock("pre", preformatted: true); break;
                default:
                    if (BlockNames.TryGetValue(name, out var block)) writer.StartBlock(block, preformatted: false);
                    break;
            }
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            if (_skipping is not null)
            {
                if (_skipDepth == ImpliedEnd ? BlockNames.Contains(name) : name.SequenceEqual(_skipping) && --_skipDepth == 0) _skipping = null;
                return;
            }
            if (name is "title" && _inTitle)
            {
                _inTitle = false;
                _title = NullIfBlank(HtmlBlockWriter.Collapse(_titleText.ToString()));
            }
            else if (BlockNames.Contains(name)) writer.EndBlock();
        }
        else if (token.Type == HtmlTokenType.Doctype) _afterDoctype = true;
        else if (token.Type == HtmlTokenType.Character && _skipping is null)
        {
            if (_inTitle) AppendTitle(token.Data);
            // Between a DOCTYPE's internal subset and the root, XHTML leaves "]>" behind: not text.
            else if (!(_afterDoctype && _beforeFirstTag)) writer.Append(token.Data);
        }
    }

    public HtmlContent Finish()
    {
        var text = writer.Finish();
        return new HtmlContent(text, _ogTitle ?? _title ?? writer.FirstHeading, _canonical, _metadata);
    }

    /// <summary>What the tree builder would tell the tokenizer: these elements hold raw text, not markup.</summary>
    internal static void SetTokenizerState(HtmlTokenizer tokenizer, ReadOnlySpan<char> name) => tokenizer.State = name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => tokenizer.State,
    };

    /// <summary>A title past the limit (only a streamed page sets one) is kept to its first characters.</summary>
    private void AppendTitle(ReadOnlySpan<char> data)
    {
        var room = maxTitleCharacters - _titleText.Length;
        if (room > 0) _titleText.Append(data.Length <= room ? data : data[..room]);
    }

    private static bool HasAttribute(ref StructHtmlToken token, string name)
    {
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
            if (attributes[i].Name == name) return true;
        return false;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
