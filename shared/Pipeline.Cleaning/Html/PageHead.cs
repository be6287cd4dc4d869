namespace Pipeline.Cleaning.Html;

/// <summary>What a page says about itself outside its visible text: meta tags, links, JSON-LD, lang.</summary>
internal sealed class PageHead
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    public string? Title { get; private set; }
    public string? Canonical { get; private set; }
    public string? Language { get; private set; }
    public List<string> JsonLd { get; } = [];

    /// <summary>First content of a meta tag by its name or property (og:title, description, ...).</summary>
    public string? Meta(string key) => _meta.TryGetValue(key, out var value) ? value : null;

    public static PageHead Read(PageNode document)
    {
        var head = new PageHead();
        head.Visit(document);
        return head;
    }

    private void Visit(PageNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText) continue;
            switch (child.Tag)
            {
                case "html":
                    Language ??= Blank(child.Attribute("lang"));
                    break;
                case "meta":
                    var key = child.Attribute("property") ?? child.Attribute("name") ?? child.Attribute("itemprop");
                    if (key is not null && Blank(child.Attribute("content")) is { } content) _meta.TryAdd(key.Trim(), content);
                    continue;
                case "link" when child.Attribute("rel")?.Contains("canonical", StringComparison.OrdinalIgnoreCase) == true:
                    Canonical ??= Blank(child.Attribute("href"));
                    continue;
                case "title" when Title is null && child.Parent?.Tag is "head" or "html":
                    Title = Blank(string.Concat(child.Children.Select(c => c.Text)));
                    continue;
                case "script":
                    JsonLd.Add(string.Concat(child.Children.Select(c => c.Text)));
                    continue;
            }
            Visit(child);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
