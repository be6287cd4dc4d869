using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Decides the format from the bytes (magic numbers, then the shape of the text); the file name
/// and content type only break ties between text formats (Markdown and HTML fragments look like
/// plain text). Binary formats ingest does not read are refused here, by name when known.
/// </summary>
public static class FormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int SampleBytes = 8192;

    public static DocumentFormat Detect(ReadOnlySpan<byte> bytes, string? fileName, string? contentType)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample[..Math.Min(sample.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return DocumentFormat.Pdf;
        if (sample.StartsWith("PK\u0003\u0004"u8) || sample.StartsWith("PK\u0005\u0006"u8)) return DocumentFormat.Docx;
        if (sample.StartsWith("{\\rtf"u8))
            throw new ExtractionException(ExtractionErrorCodes.Unsupported, "The file is an RTF document, which ingest does not read; save it as DOCX or PDF.");

        var head = DecodeHead(sample) ?? throw new ExtractionException(ExtractionErrorCodes.Unsupported,
            $"The file is {BinarySignatures.NameOf(sample) ?? "binary"}, not a format ingest reads (HTML, text, Markdown, PDF, DOCX, e-mail, JSON, RSS/Atom).");

        var start = head.AsSpan().TrimStart("\uFEFF \t\r\n");
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var type = contentType?.ToLowerInvariant() ?? string.Empty;
        if (start.StartsWith("<"))
            return TextShapes.RootElement(start) is "rss" or "feed" or "rdf:RDF" ? DocumentFormat.Feed : DocumentFormat.Html;
        if (TextShapes.LooksLikeJson(start)) return DocumentFormat.Json;
        if (TextShapes.LooksLikeEmail(start, hinted: extension == ".eml" || type.StartsWith("message/rfc822"))) return DocumentFormat.Email;
        if (extension is ".md" or ".markdown" or ".mdown" || type.Contains("markdown")) return DocumentFormat.Markdown;
        var hintedHtml = extension is ".html" or ".htm" or ".xhtml" || type.Contains("html");
        if (TextShapes.LooksLikeHtml(start, hintedHtml)) return DocumentFormat.Html;
        if (TextShapes.LooksLikeMarkdown(start)) return DocumentFormat.Markdown;
        return DocumentFormat.PlainText;
    }

    public static string MediaTypeOf(DocumentFormat format) => format switch
    {
        DocumentFormat.Html => "text/html",
        DocumentFormat.Markdown => "text/markdown",
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentFormat.Email => "message/rfc822",
        DocumentFormat.Json => "application/json",
        DocumentFormat.Feed => "application/rss+xml",
        _ => "text/plain",
    };

    /// <summary>The sample as text, or null when it is binary (NUL bytes outside UTF-16, many control bytes).</summary>
    private static string? DecodeHead(ReadOnlySpan<byte> sample)
    {
        var (bom, bomLength) = TextDecoder.DetectBom(sample);
        // A cut multi-byte sequence at the end of the sample only yields a replacement character.
        if (bom is not null) return bom.GetString(sample[bomLength..]);
        var zeros = sample.Count((byte)0);
        if (zeros > 0)
        {
            var oddZeros = 0;
            for (var i = 1; i < sample.Length; i += 2) if (sample[i] == 0) oddZeros++;
            if (zeros > sample.Length / 3 && (oddZeros == zeros || oddZeros == 0))
                return (oddZeros == zeros ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(sample);
            return null;
        }
        var control = 0;
        foreach (var b in sample)
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        return control > sample.Length / 10 ? null : Encoding.UTF8.GetString(sample);
    }
}
