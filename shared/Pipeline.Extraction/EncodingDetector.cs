using System.Buffers;
using System.Text;
using UtfUnknown;

namespace Pipeline.Extraction;

/// <summary>
/// Decides how to decode a text input, in the order browsers use: byte-order mark, then the
/// charset the transport declared (content type), then one the document declares (HTML meta,
/// XML declaration), then the bytes themselves: valid UTF-8 is UTF-8, NUL patterns are UTF-16,
/// anything else is a legacy single-byte encoding that UTF.Unknown names.
/// </summary>
/// <remarks>
/// Invalid UTF-8 is repaired or refused, never guessed at. Bytes that are declared UTF-8 (BOM or
/// charset), or that already hold valid multi-byte UTF-8 sequences, were meant as UTF-8: a few bad
/// sequences (a cut last character, a stray byte) become U+FFFD, but past
/// <see cref="ExtractionOptions.MaxInvalidUtf8Ratio"/> the input is refused with
/// <see cref="ExtractionErrorCodes.InvalidEncoding"/>: the declaration and the bytes disagree, so
/// any text we produced would be mojibake stored as if it were the author's words. Undeclared bytes
/// with no valid multi-byte sequence at all are legacy text, as item 2 of the ingest issue asks.
/// </remarks>
internal static class EncodingDetector
{
    private const int HeadBytes = 4096;
    private const int DetectionWindow = 64 * 1024;

    public static TextEncoding Detect(Stream stream, long start, string? declaredCharset, bool markup, ExtractionOptions options)
    {
        var head = ReadAt(stream, start, HeadBytes);
        var (bom, bomLength) = TextDecoder.DetectBom(head);
        if (bom is not null && bom.CodePage != Encoding.UTF8.CodePage) return new TextEncoding(bom, bomLength);

        var declared = bom ?? Usable(TextDecoder.ResolveEncoding(declaredCharset), head)
            ?? (markup ? Usable(TextDecoder.ResolveEncoding(TextDecoder.SniffDeclaredCharset(head)), head) : null);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return new TextEncoding(declared, 0);
        if (declared is null && Utf16WithoutBom(head) is { } utf16) return new TextEncoding(utf16, 0);

        var survey = Utf8Survey.Of(stream, start + bomLength);
        if (survey.InvalidSequences == 0) return new TextEncoding(Utf8, bomLength);
        if (declared is not null || survey.MultiByteSequences > 0)
        {
            var length = stream.Length - start;
            if (survey.InvalidSequences > Math.Floor(length * options.MaxInvalidUtf8Ratio))
                throw new ExtractionException(ExtractionErrorCodes.InvalidEncoding,
                    $"The text is {(declared is null ? "evidently" : "declared")} UTF-8 but has {survey.InvalidSequences:N0} invalid byte sequences " +
                    $"(first at byte {survey.FirstInvalidOffset:N0}); at most {options.MaxInvalidUtf8Ratio:P1} of the bytes may be repaired.");
            return new TextEncoding(Utf8, bomLength, survey.InvalidSequences);
        }
        return new TextEncoding(Legacy(stream, start + Math.Max(0, survey.FirstNonAsciiOffset - 1024)), 0);
    }

    /// <summary>UTF-8 that replaces bad sequences with U+FFFD instead of throwing.</summary>
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>A meta tag cannot declare UTF-16 for bytes that are not UTF-16; browsers read such pages as UTF-8.</summary>
    private static Encoding? Usable(Encoding? declared, ReadOnlySpan<byte> head) =>
        declared is UnicodeEncoding or UTF32Encoding && !head.Contains((byte)0) ? Encoding.UTF8 : declared;

    /// <summary>Text in Latin scripts written as UTF-16 has a NUL in every other byte.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8) return null;
        int evenZeros = 0, oddZeros = 0, pairs = head.Length / 2;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Asks UTF.Unknown about a window around the first non-ASCII byte; Windows-1252 when it is unsure.</summary>
    private static Encoding Legacy(Stream stream, long windowStart)
    {
        var window = ReadAt(stream, windowStart, DetectionWindow);
        var detected = CharsetDetector.DetectFromBytes(window).Detected;
        var encoding = detected is { Confidence: >= 0.3f } ? detected.Encoding : null;
        if (encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 or 20127 or 28591)
            return Encoding.GetEncoding(1252);
        return encoding;
    }

    private static byte[] ReadAt(Stream stream, long start, int count)
    {
        stream.Position = start;
        var buffer = new byte[(int)Math.Min(count, Math.Max(0, stream.Length - start))];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
