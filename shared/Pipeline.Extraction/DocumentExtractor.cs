using System.Text;
using Markdig;

namespace Pipeline.Extraction;

/// <summary>
/// Entry point of the ingest algorithm: sniff the format, decode, extract text and metadata.
/// Pure and thread-safe; one instance can serve every document.
/// </summary>
public sealed class DocumentExtractor(ExtractionOptions? options = null)
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();

    public ExtractionResult Extract(ReadOnlySpan<byte> content, string? fileName = null, string? contentType = null)
    {
        if (content.Length > _options.MaxInputBytes)
            throw new ExtractionException(ExtractionErrorCodes.TooLarge,
                $"The file has {content.Length:N0} bytes; the limit is {_options.MaxInputBytes:N0}.");
        if (content.IsEmpty || content.TrimStart(" \t\r\n"u8).IsEmpty)
            throw new ExtractionException(ExtractionErrorCodes.Empty, "The file is empty.");

        var format = FormatSniffer.Detect(content, fileName, contentType);
        return format switch
        {
            DocumentFormat.Html => FromHtml(content, fileName),
            DocumentFormat.PlainText => FromText(content, fileName, DocumentFormat.PlainText),
            DocumentFormat.Markdown => FromMarkdown(content, fileName),
            _ => throw new ExtractionException(ExtractionErrorCodes.Unsupported,
                $"The file looks like {format}, which ingest does not read yet."),
        };
    }

    private static ExtractionResult FromHtml(ReadOnlySpan<byte> content, string? fileName)
    {
        var (html, encoding) = TextDecoder.Decode(content);
        var document = HtmlText.Parse(html);
        var text = HtmlText.TextOf(document.Body ?? (AngleSharp.Dom.INode)document);
        if (text.Length == 0)
            throw new ExtractionException(ExtractionErrorCodes.NoText, "The HTML has no visible text.");
        return Single(DocumentFormat.Html, encoding, new ExtractedDocument
        {
            Title = HtmlText.TitleOf(document) ?? TitleFromFileName(fileName),
            Text = text,
            Html = html,
            Url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"),
        });
    }

    private static ExtractionResult FromText(ReadOnlySpan<byte> content, string? fileName, DocumentFormat format)
    {
        var (raw, encoding) = TextDecoder.Decode(content);
        var text = NormalizeLines(raw);
        if (text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The file holds only white space.");
        return Single(format, encoding, new ExtractedDocument { Title = FirstLine(text) ?? TitleFromFileName(fileName), Text = text });
    }

    private static ExtractionResult FromMarkdown(ReadOnlySpan<byte> content, string? fileName)
    {
        var (raw, encoding) = TextDecoder.Decode(content);
        var html = Markdig.Markdown.ToHtml(raw, Markdown);
        var document = HtmlText.Parse(html);
        var text = HtmlText.TextOf(document.Body!);
        if (text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The Markdown has no text.");
        var title = document.QuerySelector("h1")?.TextContent;
        return Single(DocumentFormat.Markdown, encoding, new ExtractedDocument
        {
            Title = string.IsNullOrWhiteSpace(title) ? FirstLine(text) ?? TitleFromFileName(fileName) : HtmlText.Normalize(title),
            Text = text,
            Html = html,
        });
    }

    private static ExtractionResult Single(DocumentFormat format, string? encoding, ExtractedDocument document) => new()
    {
        Format = format,
        MediaType = FormatSniffer.MediaTypeOf(format),
        Encoding = encoding,
        Documents = [document],
    };

    /// <summary>Unifies line ends, trims each line's trailing space, and keeps at most one blank line.</summary>
    internal static string NormalizeLines(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var blank = 0;
        foreach (var rawLine in raw.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0) { blank++; continue; }
            if (builder.Length > 0) builder.Append(blank > 0 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }
        return builder.ToString();
    }

    private static string? FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOf('\n');
        var first = (end < 0 ? line : line[..end]).Trim().ToString();
        return first.Length is > 0 and <= 300 ? first : null;
    }

    private static string? TitleFromFileName(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileNameWithoutExtension(fileName);
}
