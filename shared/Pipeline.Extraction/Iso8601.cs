using System.Globalization;

namespace Pipeline.Extraction;

/// <summary>Dates in metadata are always ISO 8601 in UTC (<c>2024-03-01T09:30:00Z</c>), whatever the source wrote.</summary>
internal static class Iso8601
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses ISO 8601, RFC 1123/822 (feeds, e-mail) and similar; null when the text is no date.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var parsed)) return Format(parsed);
        // RFC 822 zone names that .NET does not know ("EST", "PDT"...): feeds still use them.
        foreach (var (zone, offset) in Zones)
            if (trimmed.EndsWith(" " + zone, StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParse(trimmed[..^zone.Length] + offset, CultureInfo.InvariantCulture, styles, out parsed))
                return Format(parsed);
        return null;
    }

    private static readonly (string Zone, string Offset)[] Zones =
        [("UT", "+00:00"), ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
         ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("CET", "+01:00"), ("CEST", "+02:00")];
}
