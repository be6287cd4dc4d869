using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Extraction;

/// <summary>
/// Visible text of an HTML document with its block structure: each paragraph, heading,
/// list item, quote or table row becomes one block; blocks are separated by a blank line.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "form",
        "address", "details", "summary", "hr", "body", "html", "fieldset", "caption",
    };

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string? TitleOf(IDocument document)
    {
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(og)) return Normalize(og);
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title)) return Normalize(title);
        var h1 = document.QuerySelector("h1")?.TextContent;
        return string.IsNullOrWhiteSpace(h1) ? null : Normalize(h1);
    }

    public static string TextOf(INode root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, blocks, current);
        Flush(blocks, current);
        return string.Join("\n\n", blocks);
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement element when element.LocalName == "br":
                    current.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(blocks, current);
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                case IElement element:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.Length == 0) return;
        var text = Normalize(current.ToString());
        current.Clear();
        if (text.Length > 0) blocks.Add(text);
    }

    /// <summary>Collapses runs of white space inside a block; keeps explicit line breaks.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c == '\n') { pendingBreak = true; continue; }
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (builder.Length > 0)
            {
                if (pendingBreak) builder.Append('\n');
                else if (pendingSpace) builder.Append(' ');
            }
            pendingSpace = pendingBreak = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
