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

    /// <summary>A cue and its topic; a cue of two words is kept split at its space (<see cref="Second"/> null for a cue of one word), so matching it cuts no string.</summary>
    internal readonly record struct Cue(int Topic, string First, string? Second);

    // Cues by their first three letters, so each word is compared with a handful of cues, not all of them.
    private static readonly Lazy<Dictionary<string, Cue[]>> CuesByPrefix = new(() => EmbeddedData.Rows("iptc-topics.tsv")
        .SelectMany((row, topic) => row[2].Split('|').Select(cue => (Topic: topic, Cue: cue)))
        .GroupBy(c => c.Cue[..3], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(c => c.Cue.IndexOf(' ') is var space and >= 0
            ? new Cue(c.Topic, c.Cue[..space], c.Cue[(space + 1)..]) : new Cue(c.Topic, c.Cue, null)).ToArray(), StringComparer.Ordinal));

    /// <summary>The cues that start like <paramref name="lowerWord"/> (its first three letters), null when none does.</summary>
    internal static Cue[]? CuesOf(string lowerWord) =>
        lowerWord.Length >= 3 && CuesByPrefix.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord.AsSpan(0, 3), out var cues) ? cues : null;

    public static IReadOnlyList<Category> Classify(IReadOnlyList<string> lowerWords) => Classify(WordFacts.OfAll(lowerWords));

    /// <summary>The categories from the cues each word may open, which the word's facts keep (<see cref="WordFacts.Cues"/>).</summary>
    public static IReadOnlyList<Category> Classify(IReadOnlyList<WordFacts> words)
    {
        var topics = Topics.Value;
        var hits = new int[topics.Length];
        var counted = new bool[topics.Length];
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Cues is not { } candidates) continue;
            Array.Clear(counted);
            foreach (var (topic, first, second) in candidates)
            {
                if (counted[topic] || !Matches(words, i, first, second)) continue;
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

    // A cue of several words ("foreign policy": "foreign", then "policy") matches consecutive words; the last may be a prefix.
    private static bool Matches(IReadOnlyList<WordFacts> words, int at, string first, string? second)
    {
        if (second is null) return words[at].Lower.StartsWith(first, StringComparison.Ordinal);
        return at + 1 < words.Count && words[at].Lower == first && words[at + 1].Lower.StartsWith(second, StringComparison.Ordinal);
    }
}
