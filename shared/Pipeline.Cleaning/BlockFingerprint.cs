using System.Globalization;

namespace Pipeline.Cleaning;

/// <summary>
/// A 64-bit fingerprint of a block that survives what changes between pages of one site:
/// case, whitespace and numbers ("12 comments" and "3 comments" are the same furniture).
/// </summary>
internal static class BlockFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string block)
    {
        var hash = OffsetBasis;
        var pendingSpace = false;
        var inNumber = false;
        var any = false;
        foreach (var raw in block)
        {
            if (char.IsWhiteSpace(raw)) { pendingSpace = any; continue; }
            var c = char.IsDigit(raw) ? '#' : char.ToLowerInvariant(raw);
            if (c == '#' && inNumber && !pendingSpace) continue;
            if (pendingSpace) hash = (hash ^ ' ') * Prime;
            pendingSpace = false;
            inNumber = c == '#';
            hash = (hash ^ c) * Prime;
            any = true;
        }
        return hash;
    }

    public static string ToKey(ulong fingerprint) => fingerprint.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParse(string key, out ulong fingerprint) =>
        ulong.TryParse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out fingerprint);
}
