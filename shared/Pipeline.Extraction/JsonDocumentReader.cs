using System.Text;
using System.Text.Json;

namespace Pipeline.Extraction;

/// <summary>
/// JSON documents: <c>{"title", "text" | "html", "url", "published", "author", "language", "id"}</c>,
/// or an array of them (each its own document, keyed by <c>id</c>, else <c>url</c>).
/// When both are given, <c>text</c> is the text and <c>html</c> still goes to the clean stage.
/// </summary>
internal static class JsonDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ExtractionResult Extract(ExtractionInput input)
    {
        var (bom, bomLength) = TextDecoder.DetectBom(input.Head);
        input.Stream.Position = bomLength;
        // JSON is UTF-8 by RFC 8259; a UTF-16 file announces itself with a BOM and is transcoded on the fly.
        using var utf8 = bom is null || bom.CodePage == Encoding.UTF8.CodePage
            ? null : Encoding.CreateTranscodingStream(input.Stream, bom, Encoding.UTF8, leaveOpen: true);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8 ?? input.Stream, Options);
        }
        catch (JsonException e)
        {
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The JSON is malformed: {e.Message}", e);
        }
        using (json)
        {
            var root = json.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var inArray = root.ValueKind == JsonValueKind.Array;
            var documents = items.Select((item, index) => Read(item, index, inArray, input)).OfType<ExtractedDocument>().ToList();
            if (documents.Count == 0)
                throw new ExtractionException(ExtractionErrorCodes.NoText,
                    "The JSON holds no document with a \"text\" or \"html\" field (expected {\"title\", \"text\" | \"html\", \"url\", \"published\"}).");
            return new ExtractionResult
            {
                Format = DocumentFormat.Json,
                MediaType = FormatSniffer.MediaTypeOf(DocumentFormat.Json),
                Encoding = "utf-8",
                Documents = documents,
            };
        }
    }

    private static ExtractedDocument? Read(JsonElement item, int index, bool inArray, ExtractionInput input)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        var html = String(item, "html");
        var content = html is null ? null : HtmlTextExtractor.Extract(html);
        var text = String(item, "text") is { } plain ? LineNormalizer.Normalize(plain).Trim() : content?.Text ?? string.Empty;
        if (text.Length == 0) return null;
        var metadata = content?.Metadata ?? [];
        if (Iso8601.Normalize(String(item, "published") ?? String(item, "date")) is { } published) metadata["published"] = published;
        if (String(item, "author") is { } author) metadata["author"] = author;
        if ((String(item, "language") ?? String(item, "lang")) is { } language) metadata["language"] = language;
        var url = String(item, "url");
        return new ExtractedDocument
        {
            Title = String(item, "title") ?? content?.Title ?? PlainTextExtractor.FirstLine(text) ?? input.FileTitle,
            Text = text,
            Html = html,
            Url = url ?? content?.CanonicalUrl,
            ItemKey = String(item, "id") ?? url ?? (inArray ? $"#{index}" : null),
            Metadata = metadata,
        };
    }

    /// <summary>A string field, or a number/bool written as text; null when absent or blank.</summary>
    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;
}
