namespace Pipeline.Enrichment;

/// <summary>
/// A fast first guess at the language of prose: the share of its words that are stop words of
/// each language. Running text is 30–50% stop words in its own language and far fewer in any
/// other, so a clear winner is trusted and Lingua (accurate, but about a hundred times slower)
/// is asked only when the guess is unclear. The words are taken evenly across the whole text,
/// not from its start: a page that opens with a notice in another language ("This article has
/// been translated automatically…") is still read in the language of its body.
/// </summary>
internal static class StopwordLanguageGuess
{
    private const int SampleWords = 600;

    private const int MinimumWords = 15;
    private const double MinimumShare = 0.25;
    private const double MinimumLead = 2.5;

    // One look-up per word instead of one per word and language: each stop word maps to the set of
    // languages (bits, in the order of StopwordLists.Languages) that list it.
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<string, ulong>> LanguagesByWord = new(() =>
    {
        var byWord = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var languages = StopwordLists.Languages;
        for (var l = 0; l < languages.Count; l++)
            foreach (var word in languages[l].Words) byWord[word] = byWord.GetValueOrDefault(word) | (1UL << l);
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(byWord, StringComparer.Ordinal);
    });

    /// <summary>The languages (bits, in the order of <see cref="StopwordLists.Languages"/>) whose lists hold <paramref name="lowerWord"/>.</summary>
    internal static ulong LanguagesOf(string lowerWord) => LanguagesByWord.Value.GetValueOrDefault(lowerWord);

    public static (string Code, double Confidence)? Guess(IReadOnlyList<string> lowerWords) => Guess(WordFacts.OfAll(lowerWords));

    /// <summary>The guess from each word's stop-word lists, which the word's facts keep (<see cref="WordFacts.Languages"/>).</summary>
    public static (string Code, double Confidence)? Guess(IReadOnlyList<WordFacts> words)
    {
        var count = Math.Min(SampleWords, words.Count);
        if (count < MinimumWords) return null;
        // Every (total / count)-th word; all of them when the text is no longer than the sample.
        var total = words.Count;
        var languages = StopwordLists.Languages;
        var hits = new int[languages.Count];
        for (var i = 0; i < count; i++)
            for (var mask = words[count == total ? i : (int)((long)i * total / count)].Languages; mask != 0; mask &= mask - 1)
                hits[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
        // The first language with the most hits, and the most hits of any other (what a stable sort put first and second).
        var top = 0;
        for (var l = 1; l < hits.Length; l++)
            if (hits[l] > hits[top]) top = l;
        var second = int.MinValue;
        for (var l = 0; l < hits.Length; l++)
            if (l != top && hits[l] > second) second = hits[l];
        var best = hits[top];
        var share = (double)best / count;
        if (share < MinimumShare || best < MinimumLead * second) return null;
        return (languages[top].Code, Math.Round(Math.Min(0.99, 1 - (double)second / best / MinimumLead), 3));
    }
}
