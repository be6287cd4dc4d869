namespace Pipeline.Enrichment;

/// <summary>
/// Ranked keywords and keyphrases: candidate phrases are runs of content words between stop words
/// and punctuation (RAKE), scored by word degree over frequency, merged with frequent single terms.
/// </summary>
internal static class KeywordExtractor
{
    public static IReadOnlyList<Keyword> Extract(string text, string language, int count = 10)
    {
        var stop = language == "en" ? Stopwords.English : new HashSet<string>();
        var phrases = new List<List<string>>();
        var current = new List<string>();
        var lastEnd = 0;
        foreach (System.Text.RegularExpressions.Match match in TextStatistics.WordPattern().Matches(text))
        {
            var gap = text.AsSpan(lastEnd, match.Index - lastEnd);
            lastEnd = match.Index + match.Length;
            var word = match.Value.ToLowerInvariant();
            var breaks = gap.IndexOfAny(".,;:!?()\"“”\n—–") >= 0;
            if (breaks || stop.Contains(word) || word.Length < 3 || char.IsDigit(word[0]))
            {
                if (current.Count > 0) phrases.Add(current);
                current = [];
                if (stop.Contains(word) || word.Length < 3 || char.IsDigit(word[0])) continue;
            }
            current.Add(word);
            if (current.Count > 4) { phrases.Add(current[..3]); current = current[3..]; }
        }
        if (current.Count > 0) phrases.Add(current);

        var frequency = new Dictionary<string, int>();
        var degree = new Dictionary<string, int>();
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
                degree[word] = degree.GetValueOrDefault(word) + phrase.Count;
            }
        }

        var scores = new Dictionary<string, (double Score, int Seen)>();
        foreach (var phrase in phrases)
        {
            var key = string.Join(' ', phrase);
            var score = phrase.Sum(w => (double)degree[w] / frequency[w]) + phrase.Sum(w => Math.Log(1 + frequency[w]));
            var seen = scores.GetValueOrDefault(key).Seen + 1;
            scores[key] = (score, seen);
        }
        return scores
            .Where(pair => pair.Key.Contains(' ') ? pair.Value.Seen >= 2 || pair.Value.Score > 8 : pair.Value.Seen >= 2)
            .OrderByDescending(pair => pair.Value.Score * Math.Log(1 + pair.Value.Seen))
            .Take(count)
            .Select(pair => new Keyword(pair.Key, Math.Round(pair.Value.Score * Math.Log(1 + pair.Value.Seen), 3)))
            .ToList();
    }
}
