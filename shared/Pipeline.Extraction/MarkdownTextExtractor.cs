using System.Text;
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
        if (input.TextSink is { } textSink) return ExtractStreamed(input, encoding, textSink);
        var markdown = DecodedText.Read(input.Stream, encoding.BomLength, encoding.Encoding);
        var html = Markdown.ToHtml(markdown, Pipeline);
        var content = HtmlTextExtractor.Extract(html);
        if (content.Text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The Markdown has no text.");
        var metadata = PlainTextExtractor.EncodingMetadata(encoding);
        var frontMatter = FrontMatter(markdown, out _);
        AddFrontMatter(frontMatter, metadata);
        return input.Single(DocumentFormat.Markdown, encoding.Name, new ExtractedDocument
        {
            Title = frontMatter.GetValueOrDefault("title") ?? content.Title ?? PlainTextExtractor.FirstLine(content.Text) ?? input.FileTitle,
            Text = content.Text,
            Html = html,
            Metadata = metadata,
        });
    }

    /// <summary>
    /// A Markdown input larger than the streaming threshold: Markdig needs the whole input, so it is
    /// read as plain text (markup syntax left as written) after its front matter, which is read from
    /// the first 8 KB as usual; <see cref="HtmlPageExtractor.MarkupKey"/> says so.
    /// </summary>
    private static ExtractionResult ExtractStreamed(ExtractionInput input, TextEncoding encoding, Stream textSink)
    {
        var frontMatter = FrontMatter(Head(input.Stream, encoding), out var frontMatterLength);
        using var sink = new Utf8TextSink(textSink);
        StreamedPlainText.Write(input.Stream, encoding.BomLength, encoding.Encoding, sink, skipCharacters: frontMatterLength);
        sink.Complete();
        if (sink.Characters == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The Markdown has no text.");
        var metadata = PlainTextExtractor.EncodingMetadata(encoding);
        AddFrontMatter(frontMatter, metadata);
        metadata[HtmlPageExtractor.MarkupKey] = "not rendered: larger than StreamingThresholdBytes, read as plain text";
        return input.Single(DocumentFormat.Markdown, encoding.Name, new ExtractedDocument
        {
            Title = frontMatter.GetValueOrDefault("title") ?? WithoutHeadingMarks(PlainTextExtractor.FirstLine(sink.Head)) ?? input.FileTitle,
            Text = "",
            SinkCharacters = sink.Characters,
            Metadata = metadata,
        });
    }

    /// <summary>A first line written as an ATX heading (<c># Title #</c>) is titled by its words, as the rendered heading would be.</summary>
    private static string? WithoutHeadingMarks(string? line)
    {
        if (line is null || !line.StartsWith('#')) return line;
        var marks = line.AsSpan().IndexOfAnyExcept('#');
        if (marks is < 1 or > 6 || line[marks] is not (' ' or '\t')) return line;
        var words = line.AsSpan(marks).Trim().TrimEnd('#').TrimEnd();
        return words.IsEmpty ? null : words.ToString();
    }

    /// <summary>The first characters, enough for <see cref="FrontMatter"/> to find the end of a front matter block.</summary>
    private static string Head(Stream stream, TextEncoding encoding)
    {
        var head = new StringBuilder(FrontMatterWindow + 16);
        using var chunks = new ChunkDecoder(stream, encoding.BomLength, encoding.Encoding, chunkBytes: 4096);
        while (head.Length < FrontMatterWindow + 8 && chunks.Next(out var chunk)) head.Append(chunk.Span);
        return head.ToString();
    }

    private static void AddFrontMatter(Dictionary<string, string> frontMatter, Dictionary<string, string> metadata)
    {
        foreach (var key in (ReadOnlySpan<string>)["author", "lang", "language"])
            if (frontMatter.TryGetValue(key, out var value)) metadata[key == "lang" ? "language" : key] = value;
        if (Iso8601.Normalize(frontMatter.GetValueOrDefault("date") ?? frontMatter.GetValueOrDefault("published")) is { } published)
            metadata["published"] = published;
    }

    private const int FrontMatterWindow = 8192;

    /// <summary>Top-level <c>key: value</c> lines of a leading <c>---</c> block; nested YAML is ignored.</summary>
    /// <param name="length">Characters up to the end of the closing <c>---</c>, 0 without a block.</param>
    private static Dictionary<string, string> FrontMatter(string markdown, out int length)
    {
        length = 0;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal) && !markdown.StartsWith("---\r\n", StringComparison.Ordinal)) return values;
        var end = markdown.IndexOf("\n---", 3, Math.Min(markdown.Length - 3, FrontMatterWindow), StringComparison.Ordinal);
        if (end < 0) return values;
        length = end + 4;
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
