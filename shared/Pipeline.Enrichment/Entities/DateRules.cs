using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// DATE by pattern, normalised to ISO 8601 with <see cref="DateResolver"/>: calendar dates, months,
/// years, decades, weekdays and relative words ("yesterday", "last week") against the publication date.
/// </summary>
internal static partial class DateRules
{
    public static IEnumerable<EntitySpan> Find(string text, DateTimeOffset? published)
    {
        var resolver = new DateResolver(published?.Date);
        foreach (var (pattern, source) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var g = m.Groups;
                // The date a month pattern names is its "date" group; a relative date starts at the word its
                // lookbehind read ("last", "three"), so the pattern can start scanning at the rarer second word.
                var (start, end) = g["date"].Success ? (g["date"].Index, g["date"].Index + g["date"].Length)
                    : g["pre"].Success ? (g["pre"].Index, m.Index + m.Length)
                    : (m.Index, m.Index + m.Length);
                var value = text[start..end];
                var normalized = source switch
                {
                    "rule:date" => resolver.Calendar(g["month"].Value, g["day"].Value, g["day2"].Value, g["year"].Value),
                    "rule:date-iso" => value,
                    "rule:date-year" => g["year"].Value,
                    "rule:date-decade" => g["decade"].Value[..3] + "X",
                    "rule:date-weekday" => resolver.Weekday(g["weekday"].Value, g["pre"].Success),
                    _ => resolver.Relative(value),
                };
                yield return new EntitySpan(start, end, value, EntityTypes.Date, source) { Normalized = normalized };
            }
        }
    }

    private static readonly (Regex Pattern, string Source)[] Patterns =
    [
        (MonthDay(), "rule:date"), (DayMonth(), "rule:date"), (MonthYear(), "rule:date"), (IsoDate(), "rule:date-iso"),
        (Year(), "rule:date-year"), (Decade(), "rule:date-decade"), (WeekdayPattern(), "rule:date-weekday"),
        (RelativePattern(), "rule:date-relative"),
    ];

    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)";

    [GeneratedRegex(Month + @"\s(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s?(?:and|to|-|–)\s?(?<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s(?<year>(?:1[89]|20)\d{2}))?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s?(?:and|to|-|–)\s?(?<day2>\d{1,2}))?\s(?:of\s)?" + Month + @"(?:,?\s(?<year>(?:1[89]|20)\d{2}))?\b")]
    private static partial Regex DayMonth();

    // A month alone needs a year or a preposition before it: "May" is also a verb and a surname.
    // The preposition is a lookbehind, so the scan looks for a month's capital rather than trying
    // every word that starts like "in", "of" or "for" (ten times faster, the same matches).
    [GeneratedRegex(@"(?:(?<=\b(?:in|since|until|by|from|during|early|late|mid|last|next|this|of|for|through)\s(?:early\s|late\s|mid-)?)(?<date>" + Month + @"(?:,?\s(?<year>(?:1[89]|20)\d{2}))?)|(?<date>" + Month + @",?\s(?<year>(?:1[89]|20)\d{2})))\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\w$€£.,#-]|No\.\s|Resolution\s|number\s)(?<year>(?:19|20)\d{2})(?![\w%,.-]\d|\s?(?:%|percent|km|people|troops|members))\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<decade>(?:18|19|20)\d0)s\b")]
    private static partial Regex Decade();

    // "next Monday": "next" is a lookbehind (captured as "pre"), so the scan stops at a weekday's capital, not at every word starting with n.
    [GeneratedRegex(@"(?:(?<=\b(?<pre>next)\s)|)\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayPattern();

    // "last week", "three days ago": the first word is a lookbehind (captured as "pre"), read right to
    // left, so "earlier this" is listed before "this"; the scan then stops only at week, month, year
    // and day words instead of at every "a", "one" or "this".
    [GeneratedRegex(@"\b(?:yesterday|today|tomorrow|tonight)\b|(?<=\b(?<pre>earlier this|later this|last|next|this)\s)(?:week|weekend|month|year)\b|(?<=\b(?<pre>a|one|two|three|four|five|six|seven|\d+)\s)(?:days?|weeks?|months?|years?)\sago\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePattern();
}
