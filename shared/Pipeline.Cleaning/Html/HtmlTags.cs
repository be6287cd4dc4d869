namespace Pipeline.Cleaning.Html;

/// <summary>The HTML vocabulary <see cref="PageParser"/> needs: known names, void, raw-text and invisible elements, implied ends.</summary>
internal static class HtmlTags
{
    private static readonly string[] Known =
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button",
        "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "dir", "div",
        "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main",
        "map", "mark", "math", "menu", "meta", "meter", "nav", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
        "small", "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr", "xmp",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names =
        Known.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Kept = ["role", "itemprop", "itemtype", "hidden", "aria-hidden", "style", "datetime", "content", "name", "property", "rel", "href", "lang", "type", "align"];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeptNames =
        Kept.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
    private static readonly HashSet<string> RawText = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];
    private static readonly HashSet<string> HeadOnly = ["meta", "link", "title", "script", "style", "base", "noscript", "template"];

    // What a reader never sees, or sees only as a control: skipped with everything inside. So is a
    // ruby reading (rt, furigana or pinyin over a word) and the brackets (rp) set around it where
    // ruby is not drawn: it annotates the sentence and is not part of it.
    private static readonly HashSet<string> Hidden =
    [
        "style", "noscript", "template", "svg", "math", "iframe", "canvas", "object", "embed", "select", "option", "optgroup",
        "textarea", "input", "button", "video", "audio", "map", "img", "picture", "source", "base", "noembed", "noframes", "rt", "rp",
    ];

    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "search", "section", "summary", "table", "ul", "li", "dd", "dt", "plaintext", "xmp",
    ];

    private static readonly string[] Paragraph = ["p"];
    private static readonly string[] ListItem = ["li", "p"];
    private static readonly string[] Definition = ["dd", "dt", "p"];
    private static readonly string[] Cell = ["td", "th"];
    private static readonly string[] Row = ["td", "th", "tr"];
    private static readonly string[] Section = ["td", "th", "tr", "tbody", "thead", "tfoot"];
    private static readonly string[] Anchor = ["a"];

    /// <summary>The interned lower-case name; unknown names are allocated once per occurrence.</summary>
    public static string Name(ReadOnlySpan<char> raw) => Names.TryGetValue(raw, out var name) ? name : raw.ToString().ToLowerInvariant();

    public static string? KeptAttribute(ReadOnlySpan<char> raw) => KeptNames.TryGetValue(raw, out var name) ? name : null;

    public static bool IsVoid(string tag) => Void.Contains(tag);
    public static bool IsRawText(string tag) => RawText.Contains(tag);
    public static bool IsInvisible(string tag) => Hidden.Contains(tag);

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
    public static bool BelongsInHead(string tag) => HeadOnly.Contains(tag);

    /// <summary>Open elements a start tag ends, in the order to look for them.</summary>
    public static string[] ClosedBy(string tag) => tag switch
    {
        "li" => ListItem,
        "dd" or "dt" => Definition,
        "td" or "th" => Cell,
        "tr" => Row,
        "tbody" or "thead" or "tfoot" => Section,
        "a" => Anchor,
        _ => ClosesParagraph.Contains(tag) ? Paragraph : [],
    };

    /// <summary>Elements an implied end does not reach past (the scopes of the HTML parsing rules).</summary>
    public static bool IsScopeBoundary(string open, string closing) => open switch
    {
        "table" or "template" or "html" or "caption" => true,
        "td" or "th" or "button" or "object" => closing is not ("td" or "th" or "tr" or "tbody" or "thead" or "tfoot"),
        "ol" or "ul" => closing is "li" or "dd" or "dt",
        "dl" => closing is "dd" or "dt",
        "tr" => closing is "tbody" or "thead" or "tfoot" ? false : closing is not ("td" or "th" or "tr"),
        _ => false,
    };
}
