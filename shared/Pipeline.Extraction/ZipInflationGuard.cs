using System.IO.Compression;

namespace Pipeline.Extraction;

/// <summary>
/// Checks a DOCX's zip directory before anything is inflated: entry count, total declared size and
/// per-entry compression ratio against <see cref="ExtractionOptions"/>. The declared sizes are
/// binding: .NET's zip reader stops an entry at its declared length, so a zip that lies about its
/// sizes yields truncated (corrupt) XML, never gigabytes. Also tells a DOCX from other zips.
/// </summary>
internal static class ZipInflationGuard
{
    private const long RatioFloorBytes = 1024 * 1024;

    public static void Check(Stream stream, ExtractionOptions options)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxArchiveEntries)
                throw Bomb($"it has {zip.Entries.Count:N0} entries; the limit is {options.MaxArchiveEntries:N0}");
            var total = 0L;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > options.MaxInflatedBytes)
                    throw Bomb($"its entries declare more than {options.MaxInflatedBytes:N0} bytes inflated (ExtractionOptions.MaxInflatedBytes)");
                if (entry.Length > RatioFloorBytes && entry.Length / Math.Max(1, entry.CompressedLength) > options.MaxCompressionRatio)
                    throw Bomb($"'{entry.FullName}' inflates {entry.Length / Math.Max(1, entry.CompressedLength):N0} times; the limit is {options.MaxCompressionRatio}");
            }
            RefuseOtherZips(zip);
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The DOCX is not a readable zip (truncated or damaged): {e.Message}", e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static void RefuseOtherZips(ZipArchive zip)
    {
        if (zip.GetEntry("word/document.xml") is not null || zip.GetEntry("[Content_Types].xml") is null && zip.Entries.Count == 0) return;
        var kind = zip.GetEntry("xl/workbook.xml") is not null ? "an Excel workbook (XLSX)"
            : zip.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation (PPTX)"
            : zip.GetEntry("content.xml") is not null ? "an OpenDocument file"
            : zip.GetEntry("[Content_Types].xml") is not null ? null
            : "a zip archive";
        if (kind is not null)
            throw new ExtractionException(ExtractionErrorCodes.Unsupported, $"The file is {kind}, not a Word document; ingest reads DOCX only.");
    }

    private static ExtractionException Bomb(string reason) =>
        new(ExtractionErrorCodes.Bomb, $"The DOCX looks like a zip bomb: {reason}.");
}
