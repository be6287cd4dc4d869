using System.Text.RegularExpressions;

namespace Pipeline.Cleaning;

/// <summary>
/// The place a story is filed from: "MOSCOW — ...", "LONDON, Nov 6 (Reuters) - ...", "Berlin (dpa) - ..."
/// or "NEW DELHI: ..." at the start of the first paragraph. Mixed-case places count only with an
/// agency in brackets, so "Angela Merkel - ..." is not mistaken for one, and a label in capitals
/// before a colon ("UPDATE:", "WATCH:") is not a place.
/// </summary>
internal static partial class Dateline
{
    public static string? Find(string firstParagraph) =>
        Pattern().Match(firstParagraph) is { Success: true } match ? match.Groups["place"].Value.Trim() : null;

    [GeneratedRegex("""
        ^(?:
          (?<place>\p{Lu}[\p{Lu}.'-]+(?:[ /]\p{Lu}[\p{Lu}.'-]+){0,3})(?:,\s*[\p{L}\p{N}. ]{2,20}?)?\s*(?:\([\p{L}/ ]{1,20}\)\s*)?
         |(?<place>\p{Lu}[\p{L}.'-]+(?:[ /-]\p{Lu}[\p{L}.'-]+){0,2})(?:,\s*[\p{L}\p{N}. ]{2,20}?)?\s*\([\p{L}/ ]{1,20}\)\s*
        )[—–-]{1,2}\s
        |^(?!(?:UPDATED?|BREAKING|WATCH|LISTEN|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|LIVE|READ|NOTE|PHOTOS?|VIDEO|EDITOR'S\ NOTE|CORRECTION)\b)
          (?<place>\p{Lu}[\p{Lu}.'-]+(?:[ /]\p{Lu}[\p{Lu}.'-]+){0,3}):\s+\p{Lu}
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
