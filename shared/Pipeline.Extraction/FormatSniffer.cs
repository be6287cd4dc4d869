using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Decides the format from the bytes; the file name and content type only break ties
/// between text formats (Markdown looks like plain text).
/// </summary>
public static class FormatSniffer
{
    public static DocumentFormat Detect(ReadOnlySpan<byte> bytes, string? fileName, string? contentType)
    {
        if (bytes.StartsWith("%PDF-"u8)) return DocumentFormat.Pdf;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return DocumentFormat.Docx;

        var (bom, bomLength) = TextDecoder.DetectBom(bytes);
        // A cut multi-byte sequence at the end of the sample only yields a replacement character.
        var head = (bom ?? Encoding.UTF8).GetString(bytes[bomLength..Math.Min(bytes.Length, 4096)]);
        if (bom is null && LooksBinary(bytes)) throw new ExtractionException(ExtractionErrorCodes.Unsupported,
            "The file is binary and not a format ingest reads (HTML, text, Markdown, PDF, DOCX, e-mail, JSON, RSS/Atom).");

        var start = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('<'))
        {
            if (ContainsIgnoreCase(start, "<rss") || ContainsIgnoreCase(start, "<feed") || ContainsIgnoreCase(start, "<rdf:RDF"))
                return DocumentFormat.Feed;
            return DocumentFormat.Html;
        }
        if (start.StartsWith('{')) return DocumentFormat.Json;
        if (LooksLikeEmail(start)) return DocumentFormat.Email;

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension is ".md" or ".markdown" || (contentType?.Contains("markdown", StringComparison.OrdinalIgnoreCase) ?? false))
            return DocumentFormat.Markdown;
        if (extension is ".html" or ".htm" or ".xhtml" && start.Contains('<')) return DocumentFormat.Html;
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

    private static bool ContainsIgnoreCase(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeEmail(string start)
    {
        var firstLine = start.Split('\n', 2)[0];
        return firstLine.StartsWith("From:", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("Received:", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("Return-Path:", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Text never holds NUL bytes outside UTF-16/32, and rarely many control bytes.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return sample.Length > 0 && control > sample.Length / 10;
    }
}
