namespace Pipeline.Enrichment;

/// <summary>
/// IPTC Media Topics top-level categories from cue words: each topic's score is its share of the
/// cue hits in the text; topics with under 15% of the hits, or fewer than three hits, are left out.
/// English only: the cues are English words.
/// </summary>
internal static class CategoryClassifier
{
    private const double MinimumShare = 0.15;
    private const int MinimumHits = 3;

    private static readonly Lazy<(string Code, string Label)[]> Topics = new(() => EmbeddedData.Rows("iptc-topics.tsv")
        .Select(row => (row[0], row[1])).ToArray());

    // Cues by their first three letters, so each word is compared with a handful of cues, not all of them.
    private static readonly Lazy<Dictionary<string, (int Topic, string Cue)[]>> CuesByPrefix = new(() => EmbeddedData.Rows("iptc-topics.tsv")
        .SelectMany((row, topic) => row[2].Split('|').Select(cue => (Topic: topic, Cue: cue)))
        .GroupBy(c => c.Cue[..3], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    public static IReadOnlyList<Category> Classify(IReadOnlyList<string> lowerWords)
    {
        var topics = Topics.Value;
        var cues = CuesByPrefix.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var hits = new int[topics.Length];
        var counted = new bool[topics.Length];
        for (var i = 0; i < lowerWords.Count; i++)
        {
            if (lowerWords[i].Length < 3 || !cues.TryGetValue(lowerWords[i].AsSpan(0, 3), out var candidates)) continue;
            Array.Clear(counted);
            foreach (var (topic, cue) in candidates)
            {
                if (counted[topic] || !Matches(lowerWords, i, cue)) continue;
                counted[topic] = true;
                hits[topic]++;
            }
        }
        var total = (double)Math.Max(1, hits.Sum());
        return topics
            .Select((topic, t) => (topic, hits: hits[t], share: hits[t] / total))
            .Where(x => x.hits >= MinimumHits && x.share >= MinimumShare)
            .OrderByDescending(x => x.share)
            .Take(3)
            .Select(x => new Category(x.topic.Code, x.topic.Label, Math.Round(x.share, 3)))
            .ToList();
    }

    // A cue of several words ("foreign policy") matches consecutive words; the last may be a prefix.
    private static bool Matches(IReadOnlyList<string> words, int at, string cue)
    {
        var space = cue.IndexOf(' ');
        if (space < 0) return words[at].StartsWith(cue, StringComparison.Ordinal);
        return at + 1 < words.Count && words[at] == cue[..space] && words[at + 1].StartsWith(cue[(space + 1)..], StringComparison.Ordinal);
    }
}
