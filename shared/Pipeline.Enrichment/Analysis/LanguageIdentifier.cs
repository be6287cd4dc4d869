using Lingua;

namespace Pipeline.Enrichment;

/// <summary>
/// Language detection: a stop-word count decides clear cases (<see cref="StopwordLanguageGuess"/>);
/// otherwise Lingua's offline n-gram models. Lingua's cost grows with the text, so
/// it reads a sample: about 900 characters from the start, the middle and three quarters in, cut at word
/// boundaries, which is ample for a confident answer on prose. Very short texts fall back on the
/// language the source declares.
/// </summary>
internal sealed class LanguageIdentifier
{
    private const int SamplePart = 300;
    private const int ShortText = 40;
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(
            Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
            Language.Dutch, Language.Polish, Language.Russian, Language.Ukrainian, Language.Arabic, Language.Turkish,
            Language.Swedish, Language.Danish, Language.Bokmal, Language.Finnish, Language.Czech, Language.Hungarian,
            Language.Romanian, Language.Greek, Language.Hebrew, Language.Persian, Language.Chinese, Language.Japanese,
            Language.Korean, Language.Hindi, Language.Indonesian, Language.Vietnamese, Language.Catalan, Language.Croatian)
        .Build());

    public (string Code, double Confidence) Identify(string text, string? declared = null, IReadOnlyList<string>? lowerWords = null) =>
        Identify(text, declared, lowerWords is null ? null : WordFacts.OfAll(lowerWords));

    /// <summary>The same, with the text's words (<see cref="DocumentWords.Facts"/>) for the stop-word guess.</summary>
    public (string Code, double Confidence) Identify(string text, string? declared, IReadOnlyList<WordFacts>? words)
    {
        if (text.AsSpan().Trim().Length < ShortText && !string.IsNullOrWhiteSpace(declared)) return (declared.Trim().ToLowerInvariant()[..2], 0.5);
        if (words is not null && StopwordLanguageGuess.Guess(words) is { } guess) return guess;
        var confidences = Detector.Value.ComputeLanguageConfidenceValues(Sample(text));
        if (confidences.Count == 0) return ("und", 0);
        var best = confidences.MaxBy(pair => pair.Value);
        return best.Value <= 0 ? ("und", 0) : (best.Key.IsoCode6391().ToString().ToLowerInvariant(), Math.Round(best.Value, 3));
    }

    private static string Sample(string text)
    {
        if (text.Length <= 4 * SamplePart) return text;
        // The start, the middle and three quarters in: a notice in another language at the top is outvoted.
        return Cut(text, 0) + " " + Cut(text, text.Length / 2) + " " + Cut(text, text.Length * 3 / 4);
    }

    private static string Cut(string text, int from)
    {
        var start = from == 0 ? 0 : text.IndexOf(' ', from) + 1;
        var end = text.LastIndexOf(' ', Math.Min(text.Length - 1, start + SamplePart));
        return end > start ? text[start..end] : text.Substring(start, Math.Min(SamplePart, text.Length - start));
    }
}
