using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Pipeline.Cleaning.Html;

namespace Pipeline.Cleaning.Tests;

/// <summary>
/// The page tree built through AngleSharp's full HTML5 parser: the reference our fast
/// <see cref="PageParser"/> is checked against.
/// </summary>
internal static class AngleSharpPageTree
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "style", "noscript", "template", "svg", "math", "iframe", "canvas", "object", "embed", "select",
        "option", "textarea", "input", "button", "video", "audio", "map", "img", "picture", "source", "base",
    };

    private static readonly string[] KeptAttributes = ["role", "itemprop", "itemtype", "hidden", "aria-hidden", "style", "datetime", "content", "name", "property", "rel", "href", "lang", "type"];

    public static PageNode Build(string html)
    {
        var document = Parser.ParseDocument(html);
        var root = new PageNode("#document", null);
        if (document.DocumentElement is { } element) Add(element, root);
        return root;
    }

    private static void Add(IElement element, PageNode parent)
    {
        var tag = element.LocalName;
        // An accordion's button inside a heading holds the heading's words (the WAI-ARIA accordion pattern).
        if (Invisible.Contains(tag) && !(tag == "button" && parent.Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")) return;
        // Scripts run, they are not read; JSON-LD is the exception metadata needs.
        if (tag == "script" && element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true) return;

        var node = new PageNode(tag, parent);
        var id = element.Id;
        var cls = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(id) || !string.IsNullOrEmpty(cls))
            node.Names = string.IsNullOrEmpty(id) ? cls!.ToLowerInvariant() : string.IsNullOrEmpty(cls) ? id.ToLowerInvariant() : (cls + " " + id).ToLowerInvariant();
        foreach (var attribute in element.Attributes)
        {
            if (Array.IndexOf(KeptAttributes, attribute.LocalName) >= 0) node.SetAttribute(attribute.LocalName, attribute.Value);
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement inner) Add(inner, node);
            else if (child is IText text && text.Data.Length > 0) _ = new PageNode("#text", node, text.Data);
        }
    }
}
