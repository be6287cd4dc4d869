using System.Text.Json;

namespace Pipeline.Cleaning.Html;

/// <summary>The fields of a schema.org Article (or NewsArticle, BlogPosting, ...) in a page's JSON-LD; Body is its articleBody.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Description, string? Author, string? DatePublished, string? Publisher, string? Language, string? Body)
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, Lenient);
                foreach (var node in Flatten(json.RootElement))
                {
                    if (!node.TryGetProperty("@type", out var type) || !IsArticleType(type)) continue;
                    return new JsonLdArticle(Str(node, "headline") ?? Str(node, "name"), Str(node, "description"), NameOf(node, "author"),
                        Str(node, "datePublished") ?? Str(node, "dateCreated"), NameOf(node, "publisher"), Str(node, "inLanguage"), Str(node, "articleBody"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; meta tags and the text still count.
            }
        }
        return null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() is { } name && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting"),
        JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Flatten(item)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Flatten(graph)) yield return inner;
        }
    }

    private static string? Str(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    private static string? NameOf(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value)) return null;
        var names = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Object => [Str(value, "name")],
            JsonValueKind.Array => value.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? Str(a, "name") : a.ValueKind == JsonValueKind.String ? a.GetString() : null),
            _ => Array.Empty<string?>(),
        };
        var joined = string.Join(", ", names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct());
        return joined.Length == 0 ? null : joined;
    }
}
