using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Cleaning;

/// <summary>
/// Reads publication dates as pages write them (ISO timestamps, "05.03.2023", "5. März 2023",
/// "March 5, 2023") and writes ISO 8601: a date alone when no time was given, never an invented midnight.
/// </summary>
internal static partial class DateText
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            if (iso.Groups["time"].Success &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
                return stamp.ToString(iso.Groups["zone"].Success ? "yyyy-MM-ddTHH:mm:sszzz" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            return Date(int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        return Find(text);
    }

    /// <summary>The first date written out in running text, as ISO 8601, or null.</summary>
    public static string? Find(string text)
    {
        text = WithYearApartFromTime(text);
        if (NumericDate().Match(text) is { Success: true } numeric)
            return Date(Year(numeric.Groups["y"].Value), int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (IsoInText().Match(text) is { Success: true } iso)
            return Date(int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (DayMonthYear().Match(text) is { Success: true } dmy && Months.TryGetValue(dmy.Groups["month"].Value.ToLowerInvariant(), out var m1))
            return Date(int.Parse(dmy.Groups["y"].Value, CultureInfo.InvariantCulture), m1, int.Parse(dmy.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (MonthDayYear().Match(text) is { Success: true } mdy && Months.TryGetValue(mdy.Groups["month"].Value.ToLowerInvariant(), out var m2))
            return Date(int.Parse(mdy.Groups["y"].Value, CultureInfo.InvariantCulture), m2, int.Parse(mdy.Groups["d"].Value, CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>Text taken from markup may run the year into the time ("April 8, 20263:14 PM UTC"): the two set apart.</summary>
    public static string WithYearApartFromTime(string text) => text.Length < 200 ? YearRunIntoTime().Replace(text, "$1 $2") : text;

    private static int Year(string value) => value.Length == 2 ? 2000 + int.Parse(value, CultureInfo.InvariantCulture) : int.Parse(value, CultureInfo.InvariantCulture);

    private static string? Date(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var culture in new[] { "en", "de", "fr", "es", "it", "pt", "nl", "pl" })
        {
            var format = CultureInfo.GetCultureInfo(culture).DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                months.TryAdd(format.MonthNames[i].ToLowerInvariant(), i + 1);
                months.TryAdd(format.MonthGenitiveNames[i].ToLowerInvariant(), i + 1);
                months.TryAdd(format.AbbreviatedMonthNames[i].ToLowerInvariant().TrimEnd('.'), i + 1);
            }
        }
        months.Remove(string.Empty);
        return months;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?<time>[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4}|\d{2})(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(de\s+)?(?<month>\p{L}{3,10})\.?\s+(de\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // "2026-05-14 21:05:12" inside a stamp line.
    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(\d{1,2}:\d{2})")]
    private static partial Regex YearRunIntoTime();
}
