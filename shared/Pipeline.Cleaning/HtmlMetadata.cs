using System.Text.Json;
using AngleSharp.Dom;

namespace Pipeline.Cleaning;

/// <summary>Title, byline, date, site and canonical URL from JSON-LD, OpenGraph and meta tags.</summary>
internal static class HtmlMetadata
{
    public static CleanedDocument Read(IDocument document, string? url)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } v ? v.Trim() : null;

        var jsonLd = ReadJsonLd(document);
        var title = jsonLd.Headline ?? Meta("meta[property='og:title']") ?? document.Title?.Trim()
            ?? document.QuerySelector("h1")?.TextContent.Trim();
        var published = jsonLd.DatePublished ?? Meta("meta[property='article:published_time']")
            ?? Meta("meta[name='date']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new CleanedDocument
        {
            Text = string.Empty,
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Standfirst = Meta("meta[property='og:description']") ?? Meta("meta[name='description']"),
            Author = jsonLd.Author ?? Meta("meta[name='author']") ?? Meta("meta[property='article:author']"),
            Published = NormalizeDate(published),
            SiteName = Meta("meta[property='og:site_name']") ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null),
            CanonicalUrl = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']") ?? url,
            DeclaredLanguage = document.DocumentElement.GetAttribute("lang"),
        };
    }

    private static string? NormalizeDate(string? value) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture) : null;

    private static (string? Headline, string? Author, string? DatePublished) ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var node in Flatten(json.RootElement))
                {
                    if (!node.TryGetProperty("@type", out var type) || !type.ToString().Contains("Article", StringComparison.Ordinal)) continue;
                    return (Str(node, "headline"), AuthorOf(node), Str(node, "datePublished"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still count.
            }
        }
        return (null, null, null);
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) foreach (var inner in Flatten(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph)) foreach (var inner in Flatten(graph)) yield return inner;
        }
    }

    private static string? Str(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? AuthorOf(JsonElement node)
    {
        if (!node.TryGetProperty("author", out var author)) return null;
        return author.ValueKind switch
        {
            JsonValueKind.String => author.GetString(),
            JsonValueKind.Object => Str(author, "name"),
            JsonValueKind.Array => string.Join(", ", author.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? Str(a, "name") : a.ToString()).Where(n => !string.IsNullOrEmpty(n))),
            _ => null,
        };
    }
}
