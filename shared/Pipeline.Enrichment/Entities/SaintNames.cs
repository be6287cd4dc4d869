using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "St Michael's Hospital", "Saint Mary's University", "St. Peter's Basilica", "St Mary's": a name after a saint's possessive is one
/// name with it, which the tagger cuts at the "'s" ("St Michael" a place, "Hospital" another). A university, a college or a school
/// so named is an organisation; a hospital, a church, a street or the saint's name alone (a town, a parish) is a place.
/// </summary>
internal static class SaintNames
{
    internal static bool IsSaint(string word) => word is "St" or "St." or "Saint";

    /// <summary>"St Mary's": a saint's name and its possessive, the whole name of a town or a parish.</summary>
    public static bool IsSaintsPossessive(List<Token> tokens, int first, int last) =>
        last - first == 3 && IsSaint(tokens[first].Text) && tokens[last - 1].Text is "'s" or "’s";

    private static bool IsBodyWord(string word) => word is "University" or "College" or "School" or "Academy" or "Society" or "Foundation" or "Trust";

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var k = start; k + 2 < end; k++)
        {
            if (!IsSaint(tokens[k].Text) || !PlaceNameRule.IsPlainCapitalised(tokens[k + 1].Text) || tokens[k + 2].Text is not ("'s" or "’s")) continue;
            var last = k + 3;
            while (last < end && last - (k + 3) < 3 && PlaceNameRule.IsPlainCapitalised(tokens[last].Text)) last++;
            // A span that runs on past the name (or starts before the saint) is left as it is.
            if (NameFinder.AnyRunsOutside(spans, k, last)) continue;
            NameFinder.RemoveOverlapping(spans, k, last);
            var type = last > k + 3 && IsBodyWord(tokens[last - 1].Text) ? "ORG" : "LOC";
            spans.Add((k, last, type, "rule:saint", null));
            k = last - 1;
        }
    }
}
