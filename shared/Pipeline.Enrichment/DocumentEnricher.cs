namespace Pipeline.Enrichment;

/// <summary>
/// Entry point of the enrich algorithm. Pure and thread-safe: build one and share it; the first
/// call loads the language models, name lists and tagger weights.
/// </summary>
public sealed class DocumentEnricher
{
    private const double WordsPerMinute = 230;
    private const int SummarySentences = 3;
    private readonly LanguageIdentifier _languages = new();

    public EnrichmentResult Enrich(EnrichmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text;
        var tokens = Tokenizer.Tokenize(text);
        var words = new DocumentWords(text, tokens);
        var (language, confidence) = _languages.Identify(string.IsNullOrWhiteSpace(text) ? input.Title ?? string.Empty : text, input.DeclaredLanguage, words.Lower);
        var notProduced = new List<string>();

        IReadOnlyList<Entity> entities = [];
        IReadOnlyList<Category> categories = [];
        double? sentiment = null;
        if (language == "en")
        {
            entities = EntityRecognizer.Instance.Recognize(text, tokens, input.Title, input.Published, input.Standfirst);
            categories = CategoryClassifier.Classify(words.Lower);
            sentiment = SentimentScorer.Score(words.Lower);
        }
        else
        {
            var reason = $"language '{language}' is not supported (English only)";
            notProduced.Add($"entities: {reason}");
            notProduced.Add($"categories: {reason}");
            notProduced.Add($"sentiment: {reason}");
        }

        var keywords = KeywordExtractor.Extract(words.Marked, StopwordLists.For(language), excluded: NamedWords(words, entities), english: language == "en")
            .Select(k => k with { Text = words.Cased(k.Text) }).ToList();
        return new EnrichmentResult
        {
            Language = language,
            LanguageConfidence = confidence,
            Entities = entities,
            Keywords = keywords,
            Summary = Summarizer.Summarize(text, tokens, keywords, SummarySentences),
            Categories = categories,
            Sentiment = sentiment,
            WordCount = words.Lower.Count,
            ReadingTimeMinutes = Math.Round(words.Lower.Count / WordsPerMinute, 1),
            Fingerprint = SimHash.Compute(text),
            NotProduced = notProduced,
        };
    }

    // The words inside names of people, organisations, places and nationalities: keyphrases are for topics.
    private static bool[] NamedWords(DocumentWords words, IReadOnlyList<Entity> entities)
    {
        var named = new bool[words.Starts.Count];
        foreach (var entity in entities)
        {
            if (entity.Type is not (EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location or EntityTypes.Nationality)) continue;
            foreach (var mention in entity.Mentions)
            {
                var w = words.Starts.BinarySearch(mention.Start);
                for (w = w < 0 ? ~w : w; w < named.Length && words.Starts[w] < mention.End; w++) named[w] = true;
            }
        }
        return named;
    }
}
