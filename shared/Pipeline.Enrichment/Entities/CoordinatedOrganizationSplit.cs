using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "divested from Whitehaven Coal and New Hope Corp": the tagger reads two companies joined by
/// "and" as one. When both sides have two words or more and the right one ends in a legal form or
/// an organisation's head word, they are two names. One word before "and" stays one name
/// ("Marks and Spencer Group", "Oil and Natural Gas Corporation"), and so does a single word
/// before the head after it ("China Road and Bridge Corporation").
/// </summary>
internal static class CoordinatedOrganizationSplit
{
    public static void Apply(List<Token> tokens, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = spans.Count - 1; s >= 0; s--)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "ORG" || entry is not null || last - first < 5) continue;
            var and = tokens.FindIndex(first + 2, last - first - 2, t => t.Text == "and");
            if (and < 0 || last - (and + 1) < 3 || !EndsInHead(matches, last - 1)) continue;
            if (!AllCapitalised(tokens, first, and) || !AllCapitalised(tokens, and + 1, last)) continue;
            spans[s] = (first, and, "ORG", source + "+rule:split-and", null);
            spans.Add((and + 1, last, "ORG", source + "+rule:split-and", null));
        }
    }

    private static bool EndsInHead(GazetteerMatches matches, int k) =>
        matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix);

    private static bool AllCapitalised(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!char.IsUpper(tokens[k].Text[0])) return false;
        return true;
    }
}
