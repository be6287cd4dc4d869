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

    /// <summary>
    /// The most characters of one text that entities, keyphrases, the summary, categories and
    /// sentiment are drawn from (4 Mi by default, far beyond any article). A longer text (a book, a
    /// log dump) is analysed up to the last paragraph break before the bound, and
    /// <see cref="EnrichmentResult.NotProduced"/> says so; its word count, reading time and
    /// fingerprint still cover all of it. Enrich's memory grows with what it analyses (about 80
    /// bytes per character at peak: tokens, words, mentions), so without a bound a 100 MB text
    /// needed 8 GiB; with it, the rest of the text costs only a streaming word count.
    /// </summary>
    public int MaxAnalysedCharacters { get; init; } = DefaultMaxAnalysedCharacters;

    public const int DefaultMaxAnalysedCharacters = 4 * 1024 * 1024;

    public EnrichmentResult Enrich(EnrichmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var whole = input.Text;
        var text = AnalysedPart(whole, MaxAnalysedCharacters);
        var tokens = Tokenizer.Tokenize(text);
        var words = new DocumentWords(text, tokens);
        // Split once for the entities and the summary.
        var sentences = SentenceSplitter.Split(text, tokens);
        var (language, confidence) = _languages.Identify(string.IsNullOrWhiteSpace(text) ? input.Title ?? string.Empty : text, input.DeclaredLanguage, words.Facts);
        var notProduced = new List<string>();
        if (text.Length < whole.Length)
            notProduced.Add($"entities, keywords, summary, categories, sentiment: drawn from the first {text.Length:N0} of {whole.Length:N0} characters " +
                $"(the analysis stops at {MaxAnalysedCharacters:N0}, PIPELINE_ENRICH_MAX_CHARACTERS)");

        IReadOnlyList<Entity> entities = [];
        IReadOnlyList<Category> categories = [];
        double? sentiment = null;
        if (language == "en")
        {
            var heading = HeadingFields.Of(text, input.Title, input.Standfirst, input.FileName, input.Author);
            var composed = heading.Compose(tokens);
            // A heading before the text moves every token, and adds sentences: the text's own split serves only without one.
            entities = heading.Restore(EntityRecognizer.Instance.Recognize(
                heading.Compose(text), composed, input.Title, input.Published, input.Standfirst, ReferenceEquals(composed, tokens) ? sentences : null));
            entities = SiteNameEntity.With(entities, input.SiteName);
            categories = CategoryClassifier.Classify(words.Facts);
            sentiment = SentimentScorer.Score(words.Facts);
        }
        else
        {
            var reason = $"language '{language}' is not supported (English only)";
            notProduced.Add($"entities: {reason}");
            notProduced.Add($"categories: {reason}");
            notProduced.Add($"sentiment: {reason}");
        }

        var wordCount = words.Lower.Count + WordsAfter(whole, text.Length);
        var keywords = KeywordExtractor.Extract(words.Marked, StopwordLists.For(language), excluded: NamedWords(words, entities), english: language == "en", facts: words.Facts)
            .Select(k => k with { Text = words.Cased(k.Text) }).ToList();
        return new EnrichmentResult
        {
            Language = language,
            LanguageConfidence = confidence,
            Entities = entities,
            Keywords = keywords,
            Summary = Summarizer.Summarize(text, tokens, sentences, keywords, SummarySentences),
            Categories = categories,
            Sentiment = sentiment,
            WordCount = wordCount,
            ReadingTimeMinutes = Math.Round(wordCount / WordsPerMinute, 1),
            Fingerprint = SimHash.Compute(whole),
            NotProduced = notProduced,
        };
    }

    /// <summary>The text up to the last paragraph break (else line break, else space) before <paramref name="limit"/>; the whole text when it is shorter.</summary>
    internal static string AnalysedPart(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var head = text.AsSpan(0, limit);
        var cut = head.LastIndexOf("\n\n");
        if (cut < limit / 2) cut = head.LastIndexOf('\n');
        if (cut < limit / 2) cut = head.LastIndexOf(' ');
        // No break in the second half: cut at the bound itself, never between the halves of a surrogate pair.
        if (cut < limit / 2) cut = char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
        return text[..cut];
    }

    /// <summary>
    /// Words from <paramref name="start"/> to the end, counted as <see cref="DocumentWords"/> counts
    /// them (tokens that start with a letter or digit), a megabyte-sized piece at a time, each cut at
    /// white space so no word is split.
    /// </summary>
    private static int WordsAfter(string text, int start)
    {
        const int Piece = 1 << 20;
        var count = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + Piece);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            foreach (var token in Tokenizer.Tokenize(text[start..end]))
                if (DocumentWords.IsWord(token)) count++;
            start = end;
        }
        return count;
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
                if (mention.Field != Mention.InText) continue;
                var w = words.Starts.BinarySearch(mention.Start);
                for (w = w < 0 ? ~w : w; w < named.Length && words.Starts[w] < mention.End; w++) named[w] = true;
            }
        }
        return named;
    }
}
