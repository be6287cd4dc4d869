using System.Text;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Cuts the visible text of a page into blocks at block-level element boundaries, the way a
/// browser lays it out, counting link text and adding each block's figures to its ancestors.
/// </summary>
internal sealed class BlockSegmenter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private readonly List<ContentBlock> _blocks = [];
    private readonly StringBuilder _buffer = new();
    private PageNode _owner;
    private int _linkChars;
    private int _linkDepth;
    private int _lastLinkEnd = -1;
    private int _emphasisChars;
    private int _emphasisDepth;
    private int _captionChars;
    private int _captionDepth;
    private int _stampChars;
    private int _stampDepth;
    private int _preDepth;
    private bool _pendingSpace;

    // A drop cap set apart from its paragraph ("<span class=dropcap>T</span><p>urkey, Poland…"):
    // held back until the next text shows whether it opens a word there.
    private char _initial;
    private PageNode? _initialOwner;
    private int _initialLinkChars;

    private BlockSegmenter(PageNode root) => _owner = root;

    public static List<ContentBlock> Segment(PageNode root)
    {
        var segmenter = new BlockSegmenter(root);
        segmenter.Walk(root);
        segmenter.Flush();
        segmenter.EmitInitial();
        return segmenter._blocks;
    }

    /// <summary>
    /// Text a utility class sets in italics ("italic" in Tailwind, "fst-italic" and "font-italic" in
    /// Bootstrap) is emphasised as an em's is: editors' notes are set so.
    /// </summary>
    private static bool IsItalicByClass(PageNode node) => node.Names.Length > 0 && node.Names.Contains("italic", StringComparison.Ordinal);

    private void Walk(PageNode node)
    {
        if (node.Text is { } text)
        {
            Append(text);
            return;
        }
        switch (node.Tag)
        {
            case "head" or "script" or "title" or "meta" or "link":
                return;
            case "br":
                // One break is a line inside the paragraph; two in a row end it, as old markup does.
                if (_buffer.Length > 0 && _buffer[^1] == '\n') Flush();
                else if (_buffer.Length > 0) { _buffer.Append('\n'); _pendingSpace = false; }
                return;
        }

        if (BlockTags.Contains(node.Tag) || IsCustomBlock(node))
        {
            Flush();
            var outer = _owner;
            _owner = node;
            if (node.Tag == "pre") _preDepth++;
            var italicBlock = IsItalicByClass(node);
            if (italicBlock) _emphasisDepth++;
            foreach (var child in node.Children) Walk(child);
            Flush();
            if (italicBlock) _emphasisDepth--;
            if (node.Tag == "pre") _preDepth--;
            _owner = outer;
            return;
        }

        // An inline element the page hides (a heading's "#" anchor) shows nothing; hidden blocks
        // are the pruner's to judge, since tabs and folds hide article text.
        if (node.Attribute("hidden") is not null) return;

        var emphasis = node.Tag is "em" or "i" || IsItalicByClass(node);
        // A caption set as a span beside its picture ("<div><img><span class=img-desc>…</span></div>")
        // makes no block of its own: its characters are counted so that the block can be told apart.
        var caption = node.Names.Length > 0 && BoilerplateNames.ReasonFor(node.Names) == "caption";
        // So does a time or date stamp set inline: a <time>, or a span named as one.
        var stamp = node.Tag == "time" || node.Names.Length > 0 && BoilerplateNames.IsArticleMeta(node.Names);
        if (node.Tag == "a") _linkDepth++;
        if (emphasis) _emphasisDepth++;
        if (caption) _captionDepth++;
        if (stamp) _stampDepth++;
        foreach (var child in node.Children) Walk(child);
        if (node.Tag == "a") _linkDepth--;
        if (emphasis) _emphasisDepth--;
        if (caption) _captionDepth--;
        if (stamp) _stampDepth--;
    }

    /// <summary>
    /// A custom element ("&lt;story-paragraph&gt;", "&lt;ad-slot&gt;") that stands among elements, not in a run of
    /// text, is laid out as a block: pages built of web components style them so. One set in a
    /// sentence ("posted &lt;relative-time&gt;…") stays inline.
    /// </summary>
    private static bool IsCustomBlock(PageNode node)
    {
        if (!node.Tag.Contains('-') || node.Parent is not { } parent) return false;
        foreach (var sibling in parent.Children)
            if (sibling.Text is { } text && !string.IsNullOrWhiteSpace(text)) return false;
        return true;
    }

    private void Append(string text)
    {
        var before = _buffer.Length;
        if (_preDepth > 0)
        {
            _buffer.Append(text);
        }
        else
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) { _pendingSpace = true; continue; }
                if (_initial != '\0')
                {
                    // The drop cap opens the word only when the paragraph goes on with its lower-case rest.
                    if (_buffer.Length == 0 && !_pendingSpace && char.IsLower(c))
                    {
                        _buffer.Append(_initial);
                        _initial = '\0';
                    }
                    else
                    {
                        EmitInitial();
                    }
                }
                if (_pendingSpace && _buffer.Length > 0 && _buffer[^1] != '\n') _buffer.Append(' ');
                _pendingSpace = false;
                _buffer.Append(c);
            }
        }
        if (_linkDepth > 0 && _buffer.Length > before)
        {
            _linkChars += _buffer.Length - before;
            _lastLinkEnd = _buffer.Length;
        }
        if (_emphasisDepth > 0) _emphasisChars += _buffer.Length - before;
        if (_captionDepth > 0) _captionChars += _buffer.Length - before;
        if (_stampDepth > 0) _stampChars += _buffer.Length - before;
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_buffer.Length == 0) return;
        var raw = _buffer.ToString();
        var text = raw.Trim();
        _buffer.Clear();
        var linkChars = Math.Min(_linkChars, text.Length);
        var emphasisChars = Math.Min(_emphasisChars, text.Length);
        var captionChars = Math.Min(_captionChars, text.Length);
        var stampChars = Math.Min(_stampChars, text.Length);
        var afterLinks = _lastLinkEnd < 0 ? text.Length : Math.Clamp(raw.TrimEnd().Length - _lastLinkEnd, 0, text.Length);
        _linkChars = _emphasisChars = _captionChars = _stampChars = 0;
        _lastLinkEnd = -1;
        if (text.Length == 0) return;
        EmitInitial();
        if (text.Length == 1 && char.IsUpper(text[0]) && KindOf(_owner) is BlockKind.Paragraph)
        {
            _initial = text[0];
            _initialOwner = _owner;
            _initialLinkChars = linkChars;
            return;
        }
        Add(new ContentBlock(text, _owner, linkChars, KindOf(_owner)) { EmphasisChars = emphasisChars, CaptionChars = captionChars, StampChars = stampChars, CharsAfterLinks = afterLinks });
    }

    /// <summary>A held-back single letter that did not open the next paragraph's word is a block of its own.</summary>
    private void EmitInitial()
    {
        if (_initial == '\0') return;
        var owner = _initialOwner!;
        var text = _initial.ToString();
        _initial = '\0';
        Add(new ContentBlock(text, owner, _initialLinkChars, KindOf(owner)) { CharsAfterLinks = _initialLinkChars > 0 ? 0 : 1 });
    }

    private void Add(ContentBlock block)
    {
        _blocks.Add(block);
        var prose = block.IsProse;
        for (var node = block.Owner; node is not null; node = node.Parent)
        {
            node.Statistics.AllChars += block.Text.Length;
            if (prose) node.Statistics.AllProseChars += block.Text.Length;
        }
    }

    private static BlockKind KindOf(PageNode owner)
    {
        for (var node = owner; node is not null; node = node.Parent)
        {
            switch (node.Tag)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": return BlockKind.Heading;
                case "li" or "dd" or "dt": return BlockKind.ListItem;
                case "blockquote": return BlockKind.Quote;
                case "pre": return BlockKind.Preformatted;
                // Layout tables hold whole articles: only text directly in a cell is table text.
                case "td" or "th": return node == owner ? BlockKind.TableCell : BlockKind.Paragraph;
                case "figcaption" or "caption" or "figure": return BlockKind.Caption;
                case "p" or "div" or "span" or "section" or "article" or "font" or "b" or "strong" or "em" or "i" or "a": continue;
                default: return BlockKind.Paragraph;
            }
        }
        return BlockKind.Paragraph;
    }
}
