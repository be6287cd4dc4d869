using System.Text.RegularExpressions;

namespace Pipeline.Cleaning;

/// <summary>Names in a byline such as "By Jane Doe" or "Von Max Muster | 12.03.2023".</summary>
internal static partial class Byline
{
    /// <summary>The words that open a byline, in the pipeline's common languages (a regex alternation).</summary>
    public const string Opening = @"by|von|par|por|di|door|autor(?:in)?:?|author:?|written\s+by|posted\s+by|prepared\s+by|compiled\s+by|geschrieben\s+von|scritto\s+da|inviato\s+da|escrito\s+por|publicado\s+por|écrit\s+par|geschreven\s+door|geplaatst\s+door|ingezonden\s+door|skrevet\s+av|skriven\s+av|napisał[a]?";

    public static string? NameIn(string line) =>
        Pattern().Match(line) is { Success: true } match ? WithoutAgency(match.Groups["name"].Value.Trim()) : null;

    // "By MARIA SOLER Associated Press": the agency after the name is not part of it.
    private static string WithoutAgency(string name) => AgencyAfterName().Replace(name, string.Empty) is { Length: > 0 } person ? person : name;

    [GeneratedRegex(@"\s+(the\s+)?(associated\s+press|reuters|afp|ap|bloomberg|dpa|xinhua|anadolu(\s+agency)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyAfterName();

    /// <summary>The names after "by" inside a stamp line: "Posted on 12 March 2026 by Priya Natarajan".</summary>
    public static string? NameAfterBy(string line) =>
        AfterBy().Match(line) is { Success: true } match ? match.Groups["name"].Value.Trim() : null;

    [GeneratedRegex(@"\b(?i:by|von)\s+(?<name>\p{Lu}[\p{L}.'-]*(\s+(?:(?i:und|and|&)\s+)?\p{Lu}[\p{L}.'-]*){0,5})\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterBy();

    // "By political reporter Tom Lowrey": the writer's role may stand between "By" and the name.
    [GeneratedRegex(@"^(?i:" + Opening + @")\s*:?\s+(?:(?i:[\p{L}-]+\s+){0,2}(?i:reporter|correspondent|editor|writer)\s+)?(?<name>\p{Lu}[\p{L}.'-]*(\s+(?:(?i:und|and|&|y|et|i)\s+)?(?:(?:de|van|von|der|den|da|di|du|del|della|dela|delos|dos|das|ter|le|la|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}.'-]*){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
