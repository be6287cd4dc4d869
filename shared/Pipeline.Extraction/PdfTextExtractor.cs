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
            var blocks = new List<PdfBlock>();
            foreach (var page in pdf.GetPages()) AddBlocks(page, blocks);
            var layout = PdfLayout.Arrange(blocks, pdf.NumberOfPages);
            if (layout.Paragraphs.Count == 0)
                throw new ExtractionException(ExtractionErrorCodes.NoText,
                    $"The PDF has {pdf.NumberOfPages} page(s) but no text layer (scanned images?); ingest does no OCR.");
            var body = string.Join("\n\n", layout.Paragraphs);
            var info = pdf.Information;
            var metadata = Metadata(pdf);
            if (layout.FurnitureRemoved > 0) metadata["pageFurniture"] = $"{layout.FurnitureRemoved} running header, footer or page number block(s) left out";
            return input.Single(DocumentFormat.Pdf, null, new ExtractedDocument
            {
                Title = layout.Headline ?? DocumentTitle(info.Title) ?? PlainTextExtractor.FirstLine(body) ?? input.FileTitle,
                Text = body,
                Metadata = metadata,
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

    private static void AddBlocks(Page page, List<PdfBlock> blocks)
    {
        if (page.Letters.Count == 0) return;
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
        var segments = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var height = page.Height > 0 ? page.Height : 1;
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(segments))
        {
            var lines = new List<PdfLine>();
            foreach (var line in block.TextLines)
            {
                var text = string.Join(' ', line.Words.Select(w => w.Text.Trim()).Where(w => w.Length > 0));
                if (text.Length == 0) continue;
                var box = line.BoundingBox;
                lines.Add(new PdfLine(text, Math.Clamp((height - box.Top) / height, 0, 1), Math.Clamp((height - box.Bottom) / height, 0, 1),
                    PdfLayout.Median(line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).ToList())));
            }
            if (lines.Count > 0) blocks.Add(new PdfBlock(page.Number - 1, lines));
        }
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

    /// <summary>
    /// The title the PDF's properties give, unless it is what the program that made it left there:
    /// a file name ("draft-3.docx", "Microsoft Word - draft-3.docx") or a placeholder.
    /// </summary>
    private static string? DocumentTitle(string? title)
    {
        var value = Blank(title);
        if (value is null) return null;
        if (value.StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase) && value.Contains(" - ", StringComparison.Ordinal)) return null;
        if (Path.GetExtension(value).ToLowerInvariant() is ".doc" or ".docx" or ".pdf" or ".odt" or ".rtf" or ".indd" or ".tex" or ".txt") return null;
        return value.Equals("untitled", StringComparison.OrdinalIgnoreCase) ? null : value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
