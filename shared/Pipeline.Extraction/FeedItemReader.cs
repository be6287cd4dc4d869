using System.Xml.Linq;

namespace Pipeline.Extraction;

/// <summary>
/// One RSS item or Atom entry as a document. Names are matched by local name, so RSS modules
/// (content:encoded, dc:creator, dc:date) and Atom read alike. Item bodies are HTML in practice
/// (RSS descriptions are escaped HTML), so they go through the HTML reader and keep their markup.
/// </summary>
internal static class FeedItemReader
{
    public static ExtractedDocument? Read(XElement item, FeedChannel feed)
    {
        var title = Value(item, "title") is { } rawTitle ? HtmlBlockWriter.Collapse(IsHtml(item, "title") ? HtmlTextExtractor.Extract(rawTitle).Text : rawTitle) : null;
        var (body, isMarkup) = Body(item);
        string text;
        string? html = null;
        if (body is null) text = title ?? string.Empty;
        else if (isMarkup || body.Contains('<'))
        {
            html = body;
            text = HtmlTextExtractor.Extract(body).Text;
        }
        else text = LineNormalizer.Normalize(body).Trim();
        if (text.Length == 0) text = title ?? string.Empty;
        if (text.Length == 0) return null;

        var link = Link(item);
        var metadata = new Dictionary<string, string>();
        if (feed.Title is not null) metadata["feedTitle"] = feed.Title;
        if (feed.Language is not null) metadata["language"] = feed.Language;
        if (Iso8601.Normalize(Value(item, "pubDate") ?? Value(item, "published") ?? Value(item, "date") ?? Value(item, "updated")) is { } published)
            metadata["published"] = published;
        var author = Child(item, "author") is { } a ? Value(a, "name") ?? a.Value.Trim() : Value(item, "creator");
        if (!string.IsNullOrWhiteSpace(author)) metadata["author"] = author;
        var categories = item.Elements().Where(e => e.Name.LocalName == "category")
            .Select(e => (string?)e.Attribute("term") ?? e.Value.Trim()).Where(c => c.Length > 0).ToList();
        if (categories.Count > 0) metadata["categories"] = string.Join(", ", categories);

        return new ExtractedDocument
        {
            Title = title ?? PlainTextExtractor.FirstLine(text),
            Text = text,
            Html = html,
            Url = link,
            ItemKey = Value(item, "guid") ?? Value(item, "id") ?? link ?? About(item),
            Metadata = metadata,
        };
    }

    /// <summary>The fullest body an item has, and whether it is markup: content:encoded, Atom content, description, summary.</summary>
    private static (string? Body, bool IsMarkup) Body(XElement item)
    {
        if (Value(item, "encoded") is { } encoded) return (encoded, true);
        foreach (var name in (ReadOnlySpan<string>)["content", "description", "summary"])
        {
            if (Child(item, name) is not { } element) continue;
            var type = (string?)element.Attribute("type");
            if (type == "xhtml")
                return (string.Concat(element.Elements().FirstOrDefault()?.Nodes() ?? element.Nodes()), true);
            if (!string.IsNullOrWhiteSpace(element.Value)) return (element.Value.Trim(), type is "html" or "text/html" || name == "description");
        }
        return (null, false);
    }

    /// <summary>RSS's <c>&lt;link&gt;</c> text, or Atom's alternate (or first) <c>&lt;link href&gt;</c>.</summary>
    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var atom = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null)
            ?? links.FirstOrDefault(l => l.Attribute("href") is not null);
        if (atom is not null) return ((string)atom.Attribute("href")!).Trim();
        return links.Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0);
    }

    private static bool IsHtml(XElement item, string name) => (string?)Child(item, name)?.Attribute("type") is "html" or "xhtml";

    private static string? About(XElement item) =>
        item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;

    private static XElement? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement item, string localName) =>
        Child(item, localName)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
