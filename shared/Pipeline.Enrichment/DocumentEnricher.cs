namespace Pipeline.Enrichment;

/// <summary>
/// Entry point of the enrich algorithm. Pure and thread-safe: build one and share it; the first
/// call loads the language models.
/// </summary>
public sealed class DocumentEnricher
{
    private const double WordsPerMinute = 230;
    private readonly LanguageIdentifier _languages = new();

    public EnrichmentResult Enrich(EnrichmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text;
        var (language, confidence) = _languages.Identify(string.IsNullOrWhiteSpace(text) ? input.Title ?? string.Empty : text);
        var words = TextStatistics.CountWords(text);
        var notProduced = new List<string>();

        IReadOnlyList<Entity> entities = [];
        if (language == "en")
            entities = EntityRecognizer.Instance.Recognize(text, input.Title, input.Published, input.Standfirst);
        else
            notProduced.Add($"entities: language '{language}' is not supported");

        var keywords = KeywordExtractor.Extract(text, language);
        return new EnrichmentResult
        {
            Language = language,
            LanguageConfidence = confidence,
            Entities = entities,
            Keywords = keywords,
            Summary = Summarizer.Summarize(text, keywords, 3),
            WordCount = words,
            ReadingTimeMinutes = Math.Round(words / WordsPerMinute, 1),
            Fingerprint = SimHash.Compute(text),
            NotProduced = notProduced,
        };
    }
}
