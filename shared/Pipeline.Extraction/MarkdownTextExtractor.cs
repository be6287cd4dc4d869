using Markdig;

namespace Pipeline.Extraction;

/// <summary>
/// Markdown rendered to HTML by Markdig (the clean stage reads the HTML), then read like any page.
/// A YAML front matter block is not text: its title, author, date and lang become metadata.
/// </summary>
internal static class MarkdownTextExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build();

    public static ExtractionResult Extract(ExtractionInput input)
    {
        var encoding = EncodingDetector.Detect(input.Stream, 0, input.DeclaredCharset, markup: false, input.Options);
        var markdown = DecodedText.Read(input.Stream, encoding.BomLength, encoding.Encoding);
        var html = Markdown.ToHtml(markdown, Pipeline);
        var content = HtmlTextExtractor.Extract(html);
        if (content.Text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The Markdown has no text.");
        var metadata = PlainTextExtractor.EncodingMetadata(encoding);
        var frontMatter = FrontMatter(markdown);
        foreach (var key in (ReadOnlySpan<string>)["author", "lang", "language"])
            if (frontMatter.TryGetValue(key, out var value)) metadata[key == "lang" ? "language" : key] = value;
        if (Iso8601.Normalize(frontMatter.GetValueOrDefault("date") ?? frontMatter.GetValueOrDefault("published")) is { } published)
            metadata["published"] = published;
        return input.Single(DocumentFormat.Markdown, encoding.Name, new ExtractedDocument
        {
            Title = frontMatter.GetValueOrDefault("title") ?? content.Title ?? PlainTextExtractor.FirstLine(content.Text) ?? input.FileTitle,
            Text = content.Text,
            Html = html,
            Metadata = metadata,
        });
    }

    /// <summary>Top-level <c>key: value</c> lines of a leading <c>---</c> block; nested YAML is ignored.</summary>
    private static Dictionary<string, string> FrontMatter(string markdown)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal) && !markdown.StartsWith("---\r\n", StringComparison.Ordinal)) return values;
        var end = markdown.IndexOf("\n---", 3, Math.Min(markdown.Length - 3, 8192), StringComparison.Ordinal);
        if (end < 0) return values;
        foreach (var line in markdown.AsSpan(4, end - 4).EnumerateLines())
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[0] is ' ' or '\t' or '#') continue;
            var value = line[(colon + 1)..].Trim().Trim("\"'");
            if (!value.IsEmpty) values.TryAdd(line[..colon].Trim().ToString(), value.ToString());
        }
        return values;
    }
}
