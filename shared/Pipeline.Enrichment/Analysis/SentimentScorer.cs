namespace Pipeline.Enrichment;

/// <summary>
/// Document sentiment, −1..1, from the AFINN-165 valence lexicon (Nielsen, ODbL): the sum of word
/// valences, a valence flipped when one of the three words before it negates it ("not good"),
/// per hundred words, squashed as VADER squashes its sum (x / √(x² + α), here α = 50 for the
/// per-hundred scale), so that long texts do not all saturate.
/// </summary>
internal static class SentimentScorer
{
    private const double Alpha = 50;
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "n't", "without", "nor", "neither", "hardly" };
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<string, int>> Valence = new(() => System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(EmbeddedData.Rows("afinn-165.tsv")
        .ToDictionary(row => row[0], row => int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal), StringComparer.Ordinal));

    public static double Score(IReadOnlyList<string> lowerWords) => Score(WordFacts.OfAll(lowerWords));

    /// <summary>The score from each word's valence and negation, which the word's facts keep (<see cref="WordFacts"/>).</summary>
    public static double Score(IReadOnlyList<WordFacts> words)
    {
        double sum = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Valence is not { } valence) continue;
            var negated = false;
            for (var k = Math.Max(0, i - 3); k < i; k++) negated |= words[k].IsNegation;
            sum += negated ? -valence * 0.5 : valence;
        }
        // Normalise by length first: a long article of mild words is not more positive than a short one.
        var perHundred = sum / Math.Max(1, words.Count) * 100;
        return Math.Round(perHundred / Math.Sqrt(perHundred * perHundred + Alpha), 3);
    }

    /// <summary>The valence of <paramref name="lowerWord"/> in the lexicon, if it is there.</summary>
    internal static int? ValenceOf(string lowerWord) => Valence.Value.TryGetValue(lowerWord, out var valence) ? valence : null;

    /// <summary>Whether <paramref name="lowerWord"/> negates the words after it ("not", "never").</summary>
    internal static bool IsNegation(string lowerWord) => Negations.Contains(lowerWord);
}
