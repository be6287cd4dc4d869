namespace Pipeline.Cleaning.Html;

/// <summary>
/// A compact page tree: only what extraction looks at (tag, class and id, a few attributes, text),
/// so every pass over it is cheap and the parser that builds it can be swapped.
/// </summary>
internal sealed class PageNode
{
    private List<KeyValuePair<string, string>>? _attributes;

    public PageNode(string tag, PageNode? parent, string? text = null, bool attach = true)
    {
        Tag = tag;
        Parent = parent;
        Text = text;
        Depth = parent is null ? 0 : parent.Depth + 1;
        if (attach) parent?.Children.Add(this);
    }

    /// <summary>Lower-case element name; "#text" for text.</summary>
    public string Tag { get; }

    /// <summary>The text of a text node; null for elements.</summary>
    public string? Text { get; }

    public PageNode? Parent { get; }
    public int Depth { get; }
    public List<PageNode> Children { get; } = [];

    /// <summary>Class and id, lower case, one string: what boilerplate names are matched against.</summary>
    public string Names { get; set; } = string.Empty;

    public bool IsText => Text is not null;

    /// <summary>
    /// Why the lines set straight in this element (not in a child box) go, when the element itself
    /// stays for the boxes it holds: a score card kept for its pros and cons loses its badge.
    /// </summary>
    public string? OwnLinesReason { get; set; }

    /// <summary>Whether a picture (img, picture) stands directly in this element; pictures themselves are not kept in the tree.</summary>
    public bool HoldsPicture { get; set; }

    /// <summary>Whether an embedded frame (iframe) stands directly in this element; frames are not kept in the tree.</summary>
    public bool HoldsFrame { get; set; }

    /// <summary>Whether a picture stands in this element or anywhere below it.</summary>
    public bool HasPictureWithin => HoldsPicture || Descendants().Any(node => node.HoldsPicture);

    /// <summary>Whether an element with this tag ("h1", "form") stands anywhere below this one.</summary>
    public bool HasDescendant(string tag)
    {
        foreach (var node in Descendants())
            if (node.Tag == tag) return true;
        return false;
    }

    /// <summary>Why this element and everything below it is page chrome; null when it is not.</summary>
    public string? PrunedReason { get; set; }

    /// <summary>Statistics of the visible text below this node, filled by <see cref="BlockSegmenter"/>.</summary>
    public NodeStatistics Statistics { get; } = new();

    public string? Attribute(string name)
    {
        if (_attributes is null) return null;
        foreach (var pair in _attributes)
            if (pair.Key == name) return pair.Value;
        return null;
    }

    public void SetAttribute(string name, string value) => (_attributes ??= []).Add(new(name, value));

    public bool IsAncestorOf(PageNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
            if (current == this) return true;
        return false;
    }

    /// <summary>Every node below, in document order (an explicit stack: nested iterators cost depth per node).</summary>
    public IEnumerable<PageNode> Descendants()
    {
        var pending = new Stack<(PageNode Node, int Next)>();
        pending.Push((this, 0));
        while (pending.Count > 0)
        {
            var (node, next) = pending.Pop();
            if (next >= node.Children.Count) continue;
            pending.Push((node, next + 1));
            var child = node.Children[next];
            yield return child;
            if (child.Children.Count > 0) pending.Push((child, 0));
        }
    }

    public override string ToString() => IsText ? $"#text {Text}" : $"<{Tag} {Names}>";
}
