using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Meseret Alemu, a researcher at Addis Ababa University", "Rogelio Bautista, who leads a
/// cooperative": two to four capitalised words followed by a comma and a role (or "who") are a
/// person, whatever the tagger made of them.
/// </summary>
internal static class AppositionRule
{
    private static readonly FrozenSet<string> Roles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "analyst", "economist", "researcher", "professor", "lecturer", "scholar", "expert", "scientist", "historian", "spokesman",
        "spokeswoman", "spokesperson", "lawyer", "partner", "director", "executive", "official", "diplomat", "minister", "adviser",
        "advisor", "commander", "farmer", "resident", "student", "activist", "lawmaker", "legislator", "senator", "mayor", "governor",
        "engineer", "founder", "co-founder", "chairman", "chairwoman", "head", "leader", "member", "journalist", "editor", "writer",
        "author", "teacher", "doctor", "nurse", "trader", "banker", "negotiator", "envoy", "ambassador", "strategist", "consultant",
        "fellow", "investor", "entrepreneur", "worker", "fisherman", "owner", "manager", "president", "secretary", "officer", "candidate",
    ]);

    /// <summary>"analyst", "leader", "spokesman": a word that says what a person named beside it does.</summary>
    public static bool IsRole(string word) => Roles.Contains(word);

    public static IEnumerable<(int First, int Last)> Find(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i < end; i++)
        {
            var j = i;
            while (j < end && j - i < 4 && IsPlainName(tokens[j].Text, matches, j)) j++;
            if (j - i < 2 || j + 2 >= end || tokens[j].Text != "," || (i > start && OrganizationNameRule.IsNameWord(tokens[i - 1].Text))) continue;
            // "Ishikawa Kenta, a metals analyst": a family name that is also a prefecture's still names a person; a place's whole name does not.
            // "In Jerusalem, a spokesman": a sentence's opening word is no name's.
            if (matches.ExactlyPlace(i, j) is not null || Lexicon.Instance.IsEnglishStopword(tokens[i].Text)) { i = j; continue; }
            if (Overlapped(spans, i, j)) { i = j; continue; }
            var next = tokens[j + 1].Text;
            // "Viliame Gavoka, the SODELPA leader and ...": "the" and a role, maybe with the body's name before it.
            var introduced = next is "a" or "an" && RoleFollows(tokens, j + 2, end, false)
                || next == "the" && RoleFollows(tokens, j + 2, end, true)
                || (next == "who" && (IsKind(matches, i, GazetteerKind.FirstName) || IsKind(matches, j - 1, GazetteerKind.Surname)))
                // "Konstantinos Vlachogiannis, managing director of Aegeus Tankers": a role with no article after a listed given name.
                || (char.IsLower(next[0]) && IsKind(matches, i, GazetteerKind.FirstName) && RoleOf(tokens, j + 1, end));
            if (introduced) yield return (i, j);
            i = j;
        }
    }

    // A loop, not List.Exists with a lambda: one capturing i and j would allocate a closure and a delegate on every call.
    private static bool Overlapped(List<NameSpan> spans, int i, int j)
    {
        foreach (var s in spans)
            if (s.First < j && i < s.Last && (s.Type == "PER" || s.First < i || s.Last > j)) return true;
        return false;
    }

    private static bool RoleFollows(List<Token> tokens, int from, int end, bool named)
    {
        for (var k = from; k < end && k < from + 4; k++)
        {
            if (Roles.Contains(tokens[k].Text)) return true;
            if (!char.IsLower(tokens[k].Text[0]) && !(named && OrganizationNameRule.IsNameWord(tokens[k].Text))) return false;
        }
        return false;
    }

    // "managing director of", "chief executive at": a role, then the body it serves in.
    private static bool RoleOf(List<Token> tokens, int from, int end)
    {
        for (var k = from; k + 1 < end && k < from + 3; k++)
        {
            if (!char.IsLower(tokens[k].Text[0])) return false;
            if (Roles.Contains(tokens[k].Text)) return tokens[k + 1].Text is "of" or "at";
        }
        return false;
    }

    private static bool IsPlainName(string word, GazetteerMatches matches, int k) =>
        word.Length > 1 && char.IsUpper(word[0]) && !CharChecks.AllUpper(word)
        && !(matches.Longest(k).Entry is { } entry && !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst | GazetteerKind.City | GazetteerKind.Region));

    private static bool IsKind(GazetteerMatches matches, int k, GazetteerKind kind) => matches.Single(k) is { } entry && entry.Is(kind);
}
