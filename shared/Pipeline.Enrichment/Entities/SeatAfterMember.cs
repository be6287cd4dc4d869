using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Labour Party TD for Cork East", "the Member of the Senedd for Cynon Valley", "SNP MSP for Dundee City East": a member's
/// office and "for" stand between the party or the body and the seat, and the tagger runs them into one name. The party or body
/// before the office stays, the office is no name, and the seat after "for" is a place.
/// </summary>
internal static class SeatAfterMember
{
    private static bool IsMemberWord(string word) => word is "TD" or "MP" or "MSP" or "MS" or "MLA" or "MPP" or "MNA" or "MHA" or "MHK";

    /// <summary>A member's office or a chamber's word, one of which every seat this rule names follows.</summary>
    internal static bool IsMemberOrChamber(string word) => IsMemberWord(word) || IsChamber(word);

    private static bool IsChamber(string word) => word is "Senedd" or "Dáil" or "Assembly" or "Parliament" or "Seanad";

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            if (last - first < 3 || entry is not null) continue;
            var at = -1;
            for (var k = first + 1; k < last - 1 && at < 0; k++)
                if (tokens[k].Text == "for" && (IsMemberWord(tokens[k - 1].Text) || IsChamber(tokens[k - 1].Text)) && char.IsUpper(tokens[k + 1].Text[0])) at = k;
            if (at < 0) continue;
            var before = IsMemberWord(tokens[at - 1].Text) ? at - 1 : at;
            spans[i] = (at + 1, last, "LOC", source + "+rule:seat", null);
            // "Labour Party" and "Senedd" before the office are bodies, whatever the run was read as; "Jane Hale MP for Bristol West" a person.
            if (before > first) spans.Insert(i++, (first, before, type == "PER" && before < at ? "PER" : "ORG", source + "+rule:seat", null));
        }
        Seats(tokens, start, end, spans);
    }

    // "MPP for Hamilton Centre", "MLA for Edmonton-Rutherford", "MP for Brandon–Souris": the riding after a member's office and "for",
    // read as a body or missed, is a place, written as one to four capitalised words or names joined by hyphens and dashes.
    private static void Seats(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].Text != "for" || !IsMemberWord(tokens[k - 1].Text) || !char.IsUpper(tokens[k + 1].Text[0])) continue;
            var last = k + 1;
            while (last < end && last - k <= 4 && (char.IsUpper(tokens[last].Text[0]) || (tokens[last].Text is "–" or "—" && last + 1 < end && char.IsUpper(tokens[last + 1].Text[0]) && last > k + 1))) last++;
            var outside = false;
            foreach (var s in spans)
                if (s.First < last && k + 1 < s.Last) outside |= s.First < k + 1 || s.Last > last || s.Type == "PER";
            if (outside) continue;
            NameFinder.SetPlace(spans, k + 1, last, "rule:seat");
        }
    }
}
