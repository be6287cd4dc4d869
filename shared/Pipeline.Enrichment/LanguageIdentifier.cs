using Lingua;

namespace Pipeline.Enrichment;

/// <summary>Language detection with Lingua's offline n-gram models, on a sample of the text.</summary>
internal sealed class LanguageIdentifier
{
    private const int SampleLength = 2000;
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(
            Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
            Language.Dutch, Language.Polish, Language.Russian, Language.Ukrainian, Language.Arabic, Language.Turkish,
            Language.Swedish, Language.Danish, Language.Bokmal, Language.Finnish, Language.Czech, Language.Hungarian,
            Language.Romanian, Language.Greek, Language.Hebrew, Language.Persian, Language.Chinese, Language.Japanese,
            Language.Korean, Language.Hindi, Language.Indonesian, Language.Vietnamese, Language.Catalan, Language.Croatian)
        .Build());

    public (string Code, double Confidence) Identify(string text)
    {
        var sample = text.Length <= SampleLength ? text : text[..SampleLength];
        var confidences = Detector.Value.ComputeLanguageConfidenceValues(sample);
        if (confidences.Count == 0) return ("und", 0);
        var best = confidences.MaxBy(pair => pair.Value);
        return best.Value <= 0 ? ("und", 0) : (best.Key.IsoCode6391().ToString().ToLowerInvariant(), Math.Round(best.Value, 3));
    }
}
