using System.Net;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// A forgiving single-pass HTML reader that builds the <see cref="PageNode"/> tree directly.
/// It follows the browser rules that matter for reading text (implied paragraph, list-item and
/// cell ends, void and raw-text elements, misnested end tags) and skips what is never seen.
/// It is several times faster than a full HTML5 DOM, which is most of clean's cost per page.
/// </summary>
internal sealed partial class PageParser
{
    /// <summary>
    /// Deeper elements are read as siblings: real pages stay far below this, and every pass over
    /// the tree recurses, so a page of endlessly unclosed tags must not be able to exhaust the stack.
    /// </summary>
    public const int MaxDepth = 256;

    private readonly string _html;
    private readonly List<PageNode> _stack = [];
    private readonly PageNode _document = new("#document", null);
    private readonly PageNode _root;
    private readonly PageNode _head;
    private PageNode? _body;
    private int _position;
    private int _invisibleDepth = -1;
    private bool _componentGrid;

    private PageParser(string html)
    {
        _html = html;
        _root = new PageNode("html", _document);
        _head = new PageNode("head", _root);
        _stack.Add(_root);
        _stack.Add(_head);
    }

    public static PageNode Parse(string html)
    {
        var parser = new PageParser(html);
        parser.Run();
        if (parser._componentGrid) DropComponentPrefix(parser._document);
        return parser._document;
    }

    /// <summary>
    /// Adobe Experience Manager's Core Components name every part of a page "cmp-…" ("cmp-text",
    /// "cmp-title", "cmp-container", "cmp-articleheader"), the letters consent-management
    /// platforms use for their banners ("cmp-banner", "cmp-box"). On a page laid out on AEM's
    /// responsive grid ("aem-Grid", "aem-GridColumn") the prefix names a component, and the word
    /// after it is what the component is: "cmp-text" is text, "cmp-share" a share bar.
    /// </summary>
    private static void DropComponentPrefix(PageNode document)
    {
        foreach (var node in document.Descendants())
            if (node.Names.Contains("cmp-", StringComparison.Ordinal)) node.Names = ComponentPrefix().Replace(node.Names, "");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w-])cmp-(?=[a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ComponentPrefix();

    private PageNode Current => _stack[^1];
    private bool Invisible => _invisibleDepth >= 0;

    private void Run()
    {
        var html = _html;
        while (_position < html.Length)
        {
            var lt = html.IndexOf('<', _position);
            if (lt < 0)
            {
                AddText(_position, html.Length);
                break;
            }
            if (lt > _position) AddText(_position, lt);
            _position = lt;
            if (!ReadMarkup()) AddText(lt, ++_position); // a lone "<" is text
        }
    }

    /// <returns>False when the "&lt;" at the position starts no markup.</returns>
    private bool ReadMarkup()
    {
        var html = _html;
        var next = _position + 1 < html.Length ? html[_position + 1] : '\0';
        if (next == '!')
        {
            if (string.CompareOrdinal(html, _position, "<!--", 0, 4) == 0) SkipPast("-->", _position + 4);
            else if (string.CompareOrdinal(html, _position, "<![CDATA[", 0, 9) == 0) SkipPast("]]>", _position + 9);
            else SkipPast(">", _position + 2);
            return true;
        }
        if (next == '?')
        {
            SkipPast(">", _position + 2);
            return true;
        }
        if (next == '/')
        {
            if (_position + 2 >= html.Length || !char.IsAsciiLetter(html[_position + 2])) { SkipPast(">", _position + 2); return true; }
            var (name, end) = ReadName(_position + 2);
            SkipPast(">", end);
            EndTag(name);
            return true;
        }
        if (!char.IsAsciiLetter(next)) return false;
        var (tag, afterName) = ReadName(_position + 1);
        var node = CreateElement(tag);
        var selfClosing = ReadAttributes(afterName, node);
        StartTag(node, selfClosing);
        return true;
    }

    private (string Name, int End) ReadName(int start)
    {
        var end = start;
        var html = _html;
        while (end < html.Length && html[end] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')) end++;
        return (HtmlTags.Name(html.AsSpan(start, end - start)), end);
    }

    /// <summary>Reads attributes up to the tag's end, keeping the few extraction reads.</summary>
    /// <returns>Whether the tag closed itself ("/&gt;").</returns>
    private bool ReadAttributes(int position, PageNode? node)
    {
        var html = _html;
        string? classes = null, id = null;
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>') { _position = position + 1; break; }
            if (c == '/' && position + 1 < html.Length && html[position + 1] == '>')
            {
                _position = position + 2;
                SetNames(node, classes, id);
                return true;
            }
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/') { position++; continue; }

            var nameStart = position;
            while (position < html.Length && html[position] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '=')) position++;
            var name = html.AsSpan(nameStart, position - nameStart);
            while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
            string? value = null;
            if (position < html.Length && html[position] == '=')
            {
                position++;
                while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
                if (position < html.Length && html[position] is '"' or '\'')
                {
                    var quote = html[position];
                    var close = html.IndexOf(quote, position + 1);
                    if (close < 0) close = html.Length;
                    value = node is null ? null : Decode(position + 1, close);
                    position = close + 1;
                }
                else
                {
                    var valueStart = position;
                    while (position < html.Length && html[position] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>')) position++;
                    value = node is null ? null : Decode(valueStart, position);
                }
            }
            if (node is null) continue;
            if (name.Equals("class", StringComparison.OrdinalIgnoreCase)) classes = value;
            else if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) id = value;
            else if (HtmlTags.KeptAttribute(name) is { } kept) node.SetAttribute(kept, value ?? string.Empty);
        }
        if (position >= html.Length) _position = html.Length;
        SetNames(node, classes, id);
        return false;
    }

    private void SetNames(PageNode? node, string? classes, string? id)
    {
        if (node is null) return;
        if (!_componentGrid && classes is not null && classes.Contains("aem-Grid", StringComparison.Ordinal)) _componentGrid = true;
        // A custom element's name says what it is as a class would ("<media-caption>", "<ad-slot>").
        var names = Join(Join(node.Tag.Contains('-') ? node.Tag : null, classes), id);
        if (names is not null) node.Names = ClassNames.Lower(names);

        static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + " " + b;
    }

    private PageNode? CreateElement(string tag)
    {
        switch (tag)
        {
            case "html": return _root;
            case "head": return _body is null ? _head : null;
            case "body":
                return _body ??= OpenBody();
        }
        // "<noscript><p>...</p></noscript>": paragraphs a page loads by script are in its fallback, as a reader without script
        // sees them; such a fallback is read as a block of ordinary markup. One that holds only an image or a notice stays skipped.
        if (tag == "noscript" && !Invisible && _body is not null && HoldsParagraphs(_position)) return new PageNode(tag, ParentFor("div"));
        // An accordion sets each heading's words in the button that opens its panel ("<h3><button>Can tenants
        // apply?</button></h3>", the WAI-ARIA pattern an FAQ follows): that button's label is the heading a reader sees.
        if (tag == "button" && !Invisible && _body is not null && HtmlTags.IsHeading(Current.Tag)) return new PageNode(tag, ParentFor(tag));
        if (Invisible || HtmlTags.IsInvisible(tag))
        {
            // Pictures stay out of the tree; the element they stand in remembers them.
            if (!Invisible && tag is "img" or "picture" && _body is not null) Current.HoldsPicture = true;
            // So do embedded frames (a chart, a video, a map), for the title lines set beside them.
            if (!Invisible && tag == "iframe" && _body is not null) Current.HoldsFrame = true;
            return new PageNode(tag, null, attach: false);
        }
        return new PageNode(tag, ParentFor(tag));
    }

    private PageNode ParentFor(string tag)
    {
        if (_body is null && !HtmlTags.BelongsInHead(tag)) OpenBody();
        CloseImplied(tag);
        return Current;
    }

    private PageNode OpenBody()
    {
        _body = new PageNode("body", _root);
        _stack.Clear();
        _stack.Add(_root);
        _stack.Add(_body);
        return _body;
    }

    private void StartTag(PageNode? node, bool selfClosing)
    {
        if (node is null || node == _root || node == _head || node == _body) return;
        var tag = node.Tag;
        // "/>" closes only foreign (svg, math) elements; in HTML a "<div/>" stays open, as in browsers.
        if (HtmlTags.IsVoid(tag) || selfClosing && (Invisible || tag is "svg" or "math")) return;
        // Inside svg or math, "title" and "style" are ordinary elements (and often self-closed).
        var readFallback = tag == "noscript" && node.Parent is not null;
        if (HtmlTags.IsRawText(tag) && (!Invisible || tag == "script") && !readFallback)
        {
            var close = IndexOfEndTag(tag, _position);
            if (!Invisible && tag is "title" or "script") _ = new PageNode("#text", node, WebUtility.HtmlDecode(_html[_position..close]));
            if (tag == "script" && node.Attribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true) node.Parent?.Children.Remove(node);
            _position = close;
            var gt = _html.IndexOf('>', close);
            _position = gt < 0 ? _html.Length : gt + 1;
            return;
        }
        if (_stack.Count >= MaxDepth) return;
        if (!Invisible && HtmlTags.IsInvisible(tag) && !readFallback && node.Parent is null) _invisibleDepth = _stack.Count;
        _stack.Add(node);
    }

    private bool HoldsParagraphs(int from)
    {
        var content = _html.AsSpan(from, IndexOfEndTag("noscript", from) - from);
        return content.IndexOf("<p>", StringComparison.OrdinalIgnoreCase) >= 0 || content.IndexOf("<p ", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private void EndTag(string tag)
    {
        if (tag is "body" or "html") return;
        if (tag == "head") { if (_body is null) OpenBody(); return; }
        if (tag == "br") { StartTag(CreateElement("br"), selfClosing: true); return; }
        for (var i = _stack.Count - 1; i >= 2; i--)
        {
            if (_stack[i].Tag != tag) continue;
            _stack.RemoveRange(i, _stack.Count - i);
            if (_invisibleDepth >= _stack.Count) _invisibleDepth = -1;
            return;
        }
    }

    /// <summary>A new paragraph, list item, cell or block ends the one still open, as browsers do.</summary>
    private void CloseImplied(string tag)
    {
        foreach (var closes in HtmlTags.ClosedBy(tag))
        {
            for (var i = _stack.Count - 1; i >= 2; i--)
            {
                var open = _stack[i].Tag;
                if (open == closes)
                {
                    _stack.RemoveRange(i, _stack.Count - i);
                    break;
                }
                if (HtmlTags.IsScopeBoundary(open, tag)) break;
            }
        }
    }

    private void AddText(int start, int end)
    {
        if (Invisible) return;
        if (_body is null)
        {
            if (IsWhiteSpace(start, end)) return;
            OpenBody();
        }
        var text = IsWhiteSpace(start, end) ? " " : Decode(start, end);
        _ = new PageNode("#text", Current, text);
    }

    private bool IsWhiteSpace(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(_html[i])) return false;
        return true;
    }

    private string Decode(int start, int end)
    {
        var span = _html.AsSpan(start, end - start);
        return span.Contains('&') ? WebUtility.HtmlDecode(span.ToString()) : span.ToString();
    }

    private int IndexOfEndTag(string tag, int from)
    {
        var html = _html;
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 + tag.Length <= html.Length && html.AsSpan(i + 2, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return html.Length;
    }

    private void SkipPast(string terminator, int from)
    {
        var index = _html.IndexOf(terminator, Math.Min(from, _html.Length), StringComparison.Ordinal);
        _position = index < 0 ? _html.Length : index + terminator.Length;
    }
}
