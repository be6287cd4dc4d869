namespace Pipeline.Enrichment;

/// <summary>
/// Ranked keywords and keyphrases of one to three words. Candidates are the n-grams inside runs
/// of content words (no stop word, no punctuation between them); a phrase scores by how often it
/// occurs, times the square of its length, times the square root of its words' mean frequency,
/// so a phrase repeated a few times ranks beside a word repeated many times. A phrase that holds,
/// or is held by, a better-ranked one is dropped, so the list names different topics. For English,
/// candidates must read as noun phrases (<see cref="KeyphraseFilter"/>) and the words of entity
/// names and titles are left out (<paramref name="excluded"/>).
/// </summary>
internal static class KeywordExtractor
{
    public static IReadOnlyList<Keyword> Extract(IReadOnlyList<(string Lower, bool BreakBefore)> words, ISet<string> stopwords, int count = 10, bool[]? excluded = null, bool english = false)
    {
        var runs = new List<List<string>>();
        var run = new List<string>();
        for (var w = 0; w < words.Count; w++)
        {
            var (word, breakBefore) = words[w];
            var content = word.Length >= 3 && !char.IsDigit(word[0]) && !stopwords.Contains(word)
                && (excluded is null || !excluded[w]) && !(english && KeyphraseFilter.IsTitleWord(word));
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
                    if (english && !KeyphraseFilter.IsNounPhrase(r, i, n)) continue;
                    var phrase = n switch { 1 => r[i], 2 => string.Concat(r[i], " ", r[i + 1]), _ => string.Concat(r[i], " ", r[i + 1], " ", r[i + 2]) };
                    double wordScore = 0;
                    for (var k = i; k < i + n; k++) wordScore += frequency[r[k]];
                    var seen = phrases.GetValueOrDefault(phrase);
                    phrases[phrase] = (seen.Count + 1, n, wordScore);
                }

        var ranked = phrases
            .Where(p => p.Value.Count >= 2 || p.Value.Words > 1)
            .Select(p => (Text: p.Key, p.Value.Count, Score: p.Value.Count * p.Value.Words * p.Value.Words * Math.Sqrt(p.Value.WordScore / p.Value.Words) * Once(p.Value, english)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Text, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(string Text, int Count, double Score)>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count == count) break;
            if (chosen.Exists(c => Overlaps(c.Text, candidate.Text))) continue;
            chosen.Add(candidate);
        }
        var best = chosen.Count == 0 ? 1 : chosen[0].Score;
        return chosen.Select(c => new Keyword(c.Text, Math.Round(c.Score / best, 3))).ToList();
    }

    // A phrase met once ranks below phrases that recur, and far below when none of its words
    // recurs either: a passing string of words ("carry rail wagons") is rarely a topic.
    private static double Once((int Count, int Words, double WordScore) phrase, bool english) =>
        !english || phrase.Count > 1 ? 1 : phrase.WordScore > phrase.Words ? 0.5 : 0.25;

    // "grain corridor" and "corridor", "wheat export" and "wheat exports": one holds the other.
    private static bool Overlaps(string a, string b)
    {
        var (x, y) = (Stem(a), Stem(b));
        return x == y || $" {x} ".Contains($" {y} ", StringComparison.Ordinal) || $" {y} ".Contains($" {x} ", StringComparison.Ordinal);
    }

    private static string Stem(string phrase) => string.Join(' ', phrase.Split(' ').Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));
}
