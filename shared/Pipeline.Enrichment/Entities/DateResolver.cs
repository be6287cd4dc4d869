using System.Globalization;

namespace Pipeline.Enrichment;

/// <summary>
/// Turns the parts of a date phrase into ISO 8601 (a date, an interval "2019-01-29/2019-01-30",
/// a month "2019-03", a week "2019-W05", a year). Without a publication date a missing year stays
/// unknown: "XXXX-01-29".
/// </summary>
internal sealed class DateResolver(DateTime? published)
{
    public string Calendar(string monthName, string day, string day2, string year)
    {
        var month = MonthNumber(monthName);
        int? y = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : null;
        // A month alone ("in November") may lie either side of publication; the publication year is the best guess.
        if (day.Length == 0) return $"{(y ?? published?.Year)?.ToString("0000", CultureInfo.InvariantCulture) ?? "XXXX"}-{month:00}";
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (d is < 1 or > 31) return $"{Year(month, 15)}-{month:00}";
        var first = $"{(y is null ? Year(month, d) : y.Value.ToString("0000", CultureInfo.InvariantCulture))}-{month:00}-{d:00}";
        if (day2.Length == 0) return first;
        return $"{first}/{first[..8]}{int.Parse(day2, CultureInfo.InvariantCulture):00}";
    }

    public string? Weekday(string name, bool next)
    {
        if (published is not { } p) return null;
        var target = Enum.Parse<DayOfWeek>(name);
        // News reports what happened: a bare weekday is the most recent one (or today); "next" looks ahead.
        var offset = ((int)target - (int)p.DayOfWeek + 7) % 7;
        var date = next ? p.AddDays(offset == 0 ? 7 : offset) : p.AddDays(offset == 0 ? 0 : offset - 7);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public string? Relative(string phrase)
    {
        if (published is not { } p) return null;
        var words = phrase.ToLowerInvariant().Split(' ');
        string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Week(DateTime d) => $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d):00}";
        string MonthOf(DateTime d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (words[^1] == "ago")
        {
            var n = words[0] switch { "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, var s => int.Parse(s, CultureInfo.InvariantCulture) };
            return words[1].TrimEnd('s') switch
            {
                "day" => Day(p.AddDays(-n)),
                "week" => Week(p.AddDays(-7 * n)),
                "month" => MonthOf(p.AddMonths(-n)),
                _ => p.AddYears(-n).Year.ToString(CultureInfo.InvariantCulture),
            };
        }
        var shift = words[0] switch { "last" => -1, "next" => 1, _ => 0 };
        return words[^1] switch
        {
            "yesterday" => Day(p.AddDays(-1)),
            "today" or "tonight" => Day(p),
            "tomorrow" => Day(p.AddDays(1)),
            "week" or "weekend" => Week(p.AddDays(7 * shift)),
            "month" => MonthOf(p.AddMonths(shift)),
            _ => p.AddYears(shift).Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    // A month and day without a year: the publication year, unless that puts the date more than
    // six months away from publication, when the neighbouring year is meant ("December 20" in January).
    private string Year(int month, int day)
    {
        if (published is not { } p) return "XXXX";
        var candidate = new DateTime(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month)));
        if ((candidate - p).TotalDays > 183) return (p.Year - 1).ToString(CultureInfo.InvariantCulture);
        if ((p - candidate).TotalDays > 183) return (p.Year + 1).ToString(CultureInfo.InvariantCulture);
        return p.Year.ToString(CultureInfo.InvariantCulture);
    }

    private static int MonthNumber(string name) => name.TrimEnd('.')[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
    };
}
