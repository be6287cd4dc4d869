using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Portland Public Schools", "Knox County Schools": an American school system is named by its place and "Public Schools" or
/// "County Schools", and is an organisation. The tagger names the place alone ("Portland") or reads a place that is a given name
/// too as a person ("Knox County Schools").
/// </summary>
internal static class SchoolSystems
{
    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var k = start + 2; k < end; k++)
        {
            if (tokens[k].Text != "Schools" || tokens[k - 1].Text is not ("Public" or "County" or "City" or "Catholic" or "Community" or "Area")) continue;
            var first = k - 1;
            while (first > start && k - first < 4 && PlaceNameRule.IsPlainCapitalised(tokens[first - 1].Text)) first--;
            if (first == k - 1) continue;
            // A span that runs on past the name (or starts before it) is left as it is.
            if (NameFinder.AnyRunsOutside(spans, first, k + 1)) continue;
            NameFinder.RemoveOverlapping(spans, first, k + 1);
            spans.Add((first, k + 1, "ORG", "rule:school-system", null));
        }
    }
}
