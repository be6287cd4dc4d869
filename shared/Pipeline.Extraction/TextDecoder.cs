using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Extraction;

/// <summary>
/// Turns bytes into a string: byte-order marks first, then a declared charset (HTML/XML),
/// then strict UTF-8, then Windows-1252 for undeclared legacy text.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
            return (bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName);

        var declared = ResolveEncoding(declaredCharset) ?? ResolveEncoding(SniffDeclaredCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
            return (declared.GetString(bytes), declared.WebName);

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Declared UTF-8 with broken bytes stays UTF-8 with replacement characters;
            // undeclared text that is not UTF-8 is most often Windows-1252.
            if (declared is not null)
                return (Encoding.UTF8.GetString(bytes), "utf-8");
            var legacy = Encoding.GetEncoding(1252);
            return (legacy.GetString(bytes), legacy.WebName);
        }
    }

    internal static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
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

    internal static Encoding? ResolveEncoding(string? name)
    {
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

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
