namespace Pipeline.Enrichment;

/// <summary>Stop words per ISO 639-1 language (stopwords-iso, MIT), for keywords in any language.</summary>
internal static class StopwordLists
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Lists = new(() => EmbeddedData.Rows("stopwords.tsv")
        .ToDictionary(row => row[0], row => row[1].Split('|').Concat(row[0] == "en" ? Stopwords.English : []).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    private static readonly HashSet<string> None = [];

    private static readonly Lazy<List<(string Code, HashSet<string> Words)>> All = new(() => Lists.Value.Select(pair => (pair.Key, pair.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList());

    /// <summary>Every list, in a fixed order.</summary>
    public static IReadOnlyList<(string Code, HashSet<string> Words)> Languages => All.Value;

    public static ISet<string> For(string language)
    {
        return Lists.Value.TryGetValue(language, out var list) ? list : None;
    }
}
