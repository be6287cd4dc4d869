using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Extraction;

/// <summary>
/// Turns bytes into a string: byte-order marks first, then a declared charset (argument, HTML meta,
/// XML declaration), then strict UTF-8, then UTF-16 without BOM, then a detected legacy encoding.
/// The rules, and why invalid UTF-8 may be refused, are on <see cref="EncodingDetector"/>.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes a whole text; throws <see cref="ExtractionException"/> (<c>invalid-encoding</c>) for badly broken UTF-8.</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null) =>
        Decode(bytes, declaredCharset, new ExtractionOptions());

    public static unsafe (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, ExtractionOptions options)
    {
        fixed (byte* pointer = bytes)
        {
            using var stream = new UnmanagedMemoryStream(pointer, bytes.Length);
            var encoding = EncodingDetector.Detect(stream, 0, declaredCharset, markup: true, options);
            return (DecodedText.Read(stream, encoding.BomLength, encoding.Encoding), encoding.Name);
        }
    }

    internal static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        EnsureCodePages();
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Encoding.UTF8, 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (Encoding.UTF32, 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    /// <summary>Finds <c>charset=...</c> or <c>encoding="..."</c> in the first kilobytes, as browsers do.</summary>
    internal static string? SniffDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>The <c>charset</c> parameter of a content type such as <c>text/html; charset=iso-8859-2</c>.</summary>
    internal static string? CharsetOfContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var match = CharsetPattern().Match(contentType);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    internal static Encoding? ResolveEncoding(string? name)
    {
        EnsureCodePages();
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // Browsers treat ISO-8859-1 and US-ASCII labels as Windows-1252.
            return encoding.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Touching the type runs the static constructor that registers the legacy code pages.</summary>
    internal static void EnsureCodePages() { }

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
