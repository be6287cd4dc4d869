namespace Pipeline.Enrichment;

/// <summary>Extractive summary: the sentences that carry the most keyword weight, in document order.</summary>
internal static class Summarizer
{
    public static string Summarize(string text, IReadOnlyList<Keyword> keywords, int sentences)
    {
        var spans = TextStatistics.Sentences(text).ToList();
        if (spans.Count <= sentences) return string.Join(' ', spans.Select(s => text[s.Start..s.End]));
        var weights = keywords.SelectMany(k => k.Text.Split(' ')).Distinct().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scored = spans.Select((span, index) =>
        {
            var sentence = text[span.Start..span.End];
            var words = TextStatistics.WordPattern().Matches(sentence).Select(m => m.Value).ToList();
            var hits = words.Count(weights.Contains);
            var position = 1.0 / (1 + index * 0.2);
            var lengthPenalty = words.Count < 8 || words.Count > 60 ? 0.3 : 1.0;
            return (Index: index, Score: (hits / Math.Sqrt(words.Count + 1) + position) * lengthPenalty);
        });
        var chosen = scored.OrderByDescending(s => s.Score).Take(sentences).OrderBy(s => s.Index);
        return string.Join(' ', chosen.Select(s => text[spans[s.Index].Start..spans[s.Index].End]));
    }
}
