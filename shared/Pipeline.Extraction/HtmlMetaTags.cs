using AngleSharp.Html.Parser.Tokens;

namespace Pipeline.Extraction;

/// <summary>Reads the <c>&lt;meta&gt;</c> tags worth keeping (Open Graph, Dublin Core, plain names) and tag attributes.</summary>
internal static class HtmlMetaTags
{
    public static void Read(HtmlTagToken meta, Dictionary<string, string> metadata, ref string? ogTitle)
    {
        var key = (Attribute(meta, "property") ?? Attribute(meta, "name") ?? Attribute(meta, "itemprop")
            ?? Attribute(meta, "http-equiv"))?.ToLowerInvariant();
        var content = Attribute(meta, "content");
        if (key is null || string.IsNullOrEmpty(content)) return;
        switch (key)
        {
            case "og:title": ogTitle ??= HtmlBlockWriter.Collapse(content); break;
            case "author" or "article:author" or "dc.creator" or "dcterms.creator": metadata.TryAdd("author", content); break;
            case "description" or "og:description" or "dc.description": metadata.TryAdd("description", content); break;
            case "keywords": metadata.TryAdd("keywords", content); break;
            case "og:site_name": metadata.TryAdd("siteName", content); break;
            case "content-language" or "language" or "dc.language": metadata.TryAdd("language", content); break;
            case "article:published_time" or "datepublished" or "date" or "dc.date" or "dcterms.created" or "pubdate":
                if (Iso8601.Normalize(content) is { } published) metadata.TryAdd("published", published);
                break;
        }
    }

    /// <summary>An attribute's trimmed value, null when absent or blank (AngleSharp's GetAttribute answers "" for both).</summary>
    public static string? Attribute(HtmlTagToken tag, string name) =>
        tag.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Whether a boolean attribute such as <c>hidden</c> is present, with or without a value.</summary>
    public static bool Has(HtmlTagToken tag, string name) => tag.Attributes.Exists(a => a.Name == name);
}
