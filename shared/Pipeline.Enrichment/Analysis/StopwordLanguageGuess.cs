namespace Pipeline.Enrichment;

/// <summary>
/// A fast first guess at the language of prose: the share of its first 150 words that
/// are stop words of each language. Running text is 30–50% stop words in its own language and
/// far fewer in any other, so a clear winner is trusted and Lingua (accurate, but about a
/// hundred times slower) is asked only when the guess is unclear.
/// </summary>
internal static class StopwordLanguageGuess
{
    private const int SampleWords = 150;
    private const int MinimumWords = 30;
    private const double MinimumShare = 0.25;
    private const double MinimumLead = 2.5;

    public static (string Code, double Confidence)? Guess(IReadOnlyList<string> lowerWords)
    {
        var count = Math.Min(SampleWords, lowerWords.Count);
        if (count < MinimumWords) return null;
        var languages = StopwordLists.Languages;
        var hits = new int[languages.Count];
        for (var i = 0; i < count; i++)
            for (var l = 0; l < languages.Count; l++)
                if (languages[l].Words.Contains(lowerWords[i])) hits[l]++;
        var order = Enumerable.Range(0, hits.Length).OrderByDescending(l => hits[l]).ToArray();
        var (best, second) = (hits[order[0]], hits[order[1]]);
        var share = (double)best / count;
        if (share < MinimumShare || best < MinimumLead * second) return null;
        return (languages[order[0]].Code, Math.Round(Math.Min(0.99, 1 - (double)second / best / MinimumLead), 3));
    }
}
