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

    // At most 64 topics: a word's topics are the bits of one number (WordMatch).
    private static readonly Lazy<(string Code, string Label)[]> Topics = new(() =>
    {
        var topics = EmbeddedData.Rows("iptc-topics.tsv").Select(row => (row[0], row[1])).ToArray();
        return topics.Length <= 64 ? topics : throw new InvalidDataException("iptc-topics.tsv: more than 64 topics");
    });

    /// <summary>A cue and its topic; a cue of two words is kept split at its space (<see cref="Second"/> null for a cue of one word), so matching it cuts no string.</summary>
    internal readonly record struct Cue(int Topic, string First, string? Second);

    // Cues by their first three letters, so each word is compared with a handful of cues, not all of them.
    private static readonly Lazy<Dictionary<string, Cue[]>> CuesByPrefix = new(() => EmbeddedData.Rows("iptc-topics.tsv")
        .SelectMany((row, topic) => row[2].Split('|').Select(cue => (Topic: topic, Cue: cue)))
        .GroupBy(c => c.Cue[..3], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(c => c.Cue.IndexOf(' ') is var space and >= 0
            ? new Cue(c.Topic, c.Cue[..space], c.Cue[(space + 1)..]) : new Cue(c.Topic, c.Cue, null)).ToArray(), StringComparer.Ordinal));

    /// <summary>
    /// What the cues say of one word: the topics (bits) of the one-word cues it matches, and the two-word cues whose first word
    /// it is (null when none is), which match where the next word starts with their second.
    /// </summary>
    internal readonly record struct WordMatch(ulong Topics, Cue[]? Pairs);

    /// <summary>The <see cref="WordMatch"/> of <paramref name="lowerWord"/>, from the cues that start like it (its first three letters).</summary>
    internal static WordMatch Match(string lowerWord)
    {
        if (lowerWord.Length < 3 || !CuesByPrefix.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord.AsSpan(0, 3), out var cues)) return default;
        var topics = 0UL;
        List<Cue>? pairs = null;
        foreach (var cue in cues)
        {
            if (cue.Second is null) { if (lowerWord.StartsWith(cue.First, StringComparison.Ordinal)) topics |= 1UL << cue.Topic; }
            else if (lowerWord == cue.First) (pairs ??= []).Add(cue);
        }
        return new(topics, pairs?.ToArray());
    }

    public static IReadOnlyList<Category> Classify(IReadOnlyList<string> lowerWords) => Classify(WordFacts.OfAll(lowerWords));

    /// <summary>
    /// The categories from the cues each word matches, which the word's facts keep (<see cref="WordFacts.Cues"/>). A word is
    /// one hit for each topic it has a cue of, however many of the topic's cues it matches.
    /// </summary>
    public static IReadOnlyList<Category> Classify(IReadOnlyList<WordFacts> words)
    {
        var topics = Topics.Value;
        var hits = new int[topics.Length];
        for (var i = 0; i < words.Count; i++)
        {
            var (matched, pairs) = words[i].Cues;
            // "foreign policy": a cue of two words matches where the next word starts with its second.
            if (pairs is not null && i + 1 < words.Count)
                foreach (var pair in pairs)
                    if (words[i + 1].Lower.StartsWith(pair.Second!, StringComparison.Ordinal)) matched |= 1UL << pair.Topic;
            for (; matched != 0; matched &= matched - 1) hits[System.Numerics.BitOperations.TrailingZeroCount(matched)]++;
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
}
