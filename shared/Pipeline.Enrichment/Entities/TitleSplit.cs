using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// A tagged organisation or place that runs over a person's title holds a person after it:
/// "Security Council Secretary Nikolai Patrushev" is an organisation and a person, "Saudi Deputy
/// Energy Minister Faisal" a portfolio and a person. The part before the title stays only when
/// it names an organisation (a head word or a listed name).
/// </summary>
internal static class TitleSplit
{
    public static IEnumerable<NameSpan> Split(List<Token> tokens, int from, int to, string type, GazetteerMatches matches)
    {
        if (type is "PER" or "MISC") { yield return (from, to, type, "tagger", null); yield break; }
        var title = -1;
        var titleEnd = -1;
        for (var k = from + 1; k < to - 1 && title < 0; k++)
        {
            var (length, entry) = matches.Longest(k);
            if (entry is not null && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.FirstName) && k + length < to)
                (title, titleEnd) = (k, k + length);
        }
        if (title < 0) { yield return (from, to, type, "tagger", null); yield break; }
        if (Enumerable.Range(from, title - from).Any(k => matches.Single(k) is { } e && !OrganizationNameRule.WeakHeads.Contains(tokens[k].Text)
                && e.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization)))
            yield return (from, title, type, "tagger", null);
        yield return (titleEnd, to, "PER", "tagger+rule:title", null);
    }
}
