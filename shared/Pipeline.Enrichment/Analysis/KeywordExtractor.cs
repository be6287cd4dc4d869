namespace Pipeline.Enrichment;

/// <summary>
/// Ranked keywords and keyphrases of one to three words. Candidates are the n-grams inside runs
/// of content words (no stop word, no punctuation between them); a phrase scores by how often it
/// occurs, times the square of its length, times the square root of its words' mean frequency,
/// so a phrase repeated a few times ranks beside a word repeated many times; a phrase inside a
/// better one that occurs as often is dropped.
/// </summary>
internal static class KeywordExtractor
{
    public static IReadOnlyList<Keyword> Extract(IReadOnlyList<(string Lower, bool BreakBefore)> words, ISet<string> stopwords, int count = 10)
    {
        var runs = new List<List<string>>();
        var run = new List<string>();
        foreach (var (word, breakBefore) in words)
        {
            var content = word.Length >= 3 && !char.IsDigit(word[0]) && !stopwords.Contains(word);
            if (breakBefore || !content)
            {
                if (run.Count > 0) runs.Add(run);
                run = [];
            }
            if (content) run.Add(word);
        }
        if (run.Count > 0) runs.Add(run);

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in runs.SelectMany(r => r)) frequency[w] = frequency.GetValueOrDefault(w) + 1;
        var phrases = new Dictionary<string, (int Count, int Words, double WordScore)>(StringComparer.Ordinal);
        foreach (var r in runs)
            for (var n = 1; n <= 3; n++)
                for (var i = 0; i + n <= r.Count; i++)
                {
                    var phrase = n switch { 1 => r[i], 2 => string.Concat(r[i], " ", r[i + 1]), _ => string.Concat(r[i], " ", r[i + 1], " ", r[i + 2]) };
                    double wordScore = 0;
                    for (var k = i; k < i + n; k++) wordScore += frequency[r[k]];
                    var seen = phrases.GetValueOrDefault(phrase);
                    phrases[phrase] = (seen.Count + 1, n, wordScore);
                }

        var ranked = phrases
            .Where(p => p.Value.Count >= 2 || p.Value.Words > 1)
            .Select(p => (Text: p.Key, p.Value.Count, Score: p.Value.Count * p.Value.Words * p.Value.Words * Math.Sqrt(p.Value.WordScore / p.Value.Words)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Text, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(string Text, int Count, double Score)>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count == count) break;
            if (chosen.Exists(c => c.Count == candidate.Count && ContainsWords(c.Text, candidate.Text))) continue;
            chosen.Add(candidate);
        }
        var best = chosen.Count == 0 ? 1 : chosen[0].Score;
        return chosen.Select(c => new Keyword(c.Text, Math.Round(c.Score / best, 3))).ToList();
    }

    private static bool ContainsWords(string longer, string shorter) =>
        longer.Length > shorter.Length && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);
}
