using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Extraction;

/// <summary>
/// The text layer of a PDF (PdfPig), one block per paragraph: letters become words, words become
/// text blocks (Docstrum segmentation), blocks are put in reading order. No OCR: a scanned PDF
/// has no text layer and is refused as <c>no-text</c>.
/// </summary>
internal static class PdfTextExtractor
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        RefuseTruncated(input.Stream);
        try
        {
            using var pdf = PdfDocument.Open(input.Stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages()) AppendPage(page, text);
            if (text.Length == 0)
                throw new ExtractionException(ExtractionErrorCodes.NoText,
                    $"The PDF has {pdf.NumberOfPages} page(s) but no text layer (scanned images?); ingest does no OCR.");
            var body = text.ToString();
            var info = pdf.Information;
            return input.Single(DocumentFormat.Pdf, null, new ExtractedDocument
            {
                Title = Blank(info.Title) ?? PlainTextExtractor.FirstLine(body) ?? input.FileTitle,
                Text = body,
                Metadata = Metadata(pdf),
            });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException(ExtractionErrorCodes.Encrypted, "The PDF is encrypted with a password; ingest cannot read it.", e);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException
                                   or IndexOutOfRangeException or InvalidCastException or KeyNotFoundException or NullReferenceException
                                   or EndOfStreamException or FormatException or NotSupportedException)
        {
            // PdfPig reports damage with whatever exception the broken structure provokes.
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The PDF is damaged: {e.Message}", e);
        }
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        if (page.Letters.Count == 0) return;
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
        {
            var paragraph = Paragraph(block);
            if (paragraph.Length == 0) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(paragraph);
        }
    }

    /// <summary>Joins a block's lines with spaces, mending words hyphenated across a line break.</summary>
    private static string Paragraph(TextBlock block)
    {
        var paragraph = new StringBuilder();
        foreach (var line in block.TextLines)
        {
            var words = string.Join(' ', line.Words.Select(w => w.Text.Trim()).Where(w => w.Length > 0));
            if (words.Length == 0) continue;
            if (paragraph.Length > 1 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2]) && char.IsLower(words[0]))
                paragraph.Length--;
            else if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(words);
        }
        return paragraph.ToString();
    }

    private static Dictionary<string, string> Metadata(PdfDocument pdf)
    {
        var info = pdf.Information;
        var metadata = new Dictionary<string, string> { ["pages"] = pdf.NumberOfPages.ToString() };
        if (Blank(info.Author) is { } author) metadata["author"] = author;
        if (Blank(info.Subject) is { } subject) metadata["subject"] = subject;
        if (Blank(info.Keywords) is { } keywords) metadata["keywords"] = keywords;
        if (info.GetCreatedDateTimeOffset() is { } created) metadata["published"] = Iso8601.Format(created);
        if (info.GetModifiedDateTimeOffset() is { } modified) metadata["modified"] = Iso8601.Format(modified);
        if (pdf.IsEncrypted) metadata["encrypted"] = "true";
        return metadata;
    }

    /// <summary>
    /// A PDF ends with <c>%%EOF</c>; without it the download or upload was cut. PdfPig's lenient
    /// parser would still salvage some pages, and storing part of a document as if it were whole
    /// is worse than a clear failure.
    /// </summary>
    private static void RefuseTruncated(Stream stream)
    {
        var tail = new byte[(int)Math.Min(2048, stream.Length)];
        stream.Position = stream.Length - tail.Length;
        stream.ReadExactly(tail);
        if (tail.AsSpan().IndexOf("%%EOF"u8) < 0)
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, "The PDF is truncated: it has no %%EOF marker at its end.");
        stream.Position = 0;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
