using System.Text.Json;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// The parts of its story a page declares in its JSON-LD: a schema.org hasPart, the WebPageElement
/// that search engines ask paywalled pages to name by a CSS selector (".paywalled-content",
/// ".regwalled"). Such an element holds the story's text behind the wall, however its classes
/// read ("article-premium paywall-fade"). Only plain class and id selectors are read, and, as the
/// vocabularies read names, a class and an id are not told apart.
/// </summary>
internal static class PaywalledParts
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The elements of the page that its JSON-LD names as parts of the story.</summary>
    public static List<PageNode> Find(IEnumerable<string> scripts, PageNode body)
    {
        var selectors = new List<string>();
        foreach (var script in scripts)
        {
            if (!script.Contains("cssSelector", StringComparison.Ordinal)) continue;
            try
            {
                using var json = JsonDocument.Parse(script, Lenient);
                Collect(json.RootElement, insidePart: false, selectors);
            }
            catch (JsonException)
            {
                // Broken JSON-LD declares nothing.
            }
        }
        if (selectors.Count == 0) return [];

        var parts = new List<PageNode>();
        foreach (var node in body.Descendants())
            if (!node.IsText && node.Names.Length > 0 && selectors.Any(name => Matches(node, name))) parts.Add(node);
        return parts;
    }

    private static void Collect(JsonElement element, bool insidePart, List<string> selectors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, insidePart, selectors);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (insidePart && property.Name == "cssSelector") AddSelectors(property.Value, selectors);
                    else Collect(property.Value, insidePart || property.Name == "hasPart", selectors);
                }
                break;
        }
    }

    private static void AddSelectors(JsonElement value, List<string> selectors)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) AddSelectors(item, selectors);
            return;
        }
        if (value.ValueKind != JsonValueKind.String) return;
        foreach (var selector in value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (selector.Length > 1 && selector[0] is '.' or '#' && selector.AsSpan(1).IndexOfAny(" .#[:>+~") < 0) selectors.Add(ClassNames.Lower(selector[1..]));
    }

    /// <summary>Class and id stand together, as the vocabularies read them, in the node's names (see <see cref="ClassNames"/>).</summary>
    private static bool Matches(PageNode node, string name)
    {
        foreach (var token in node.Names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (token == name) return true;
        return false;
    }
}
