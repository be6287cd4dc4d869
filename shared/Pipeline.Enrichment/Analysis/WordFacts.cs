namespace Pipeline.Enrichment;

/// <summary>
/// What the document-wide analyses read of one word, by the word as a token writes it: its lower case, the stop-word lists
/// it is on (<see cref="StopwordLanguageGuess"/>), its valence (<see cref="SentimentScorer"/>), the category cues it may
/// open (<see cref="CategoryClassifier"/>) and what the keyphrase chunker reads of it (<see cref="KeywordExtractor"/>), each
/// worked out when first asked. A text repeats its words, and so does the next one, so each thread keeps the words it met
/// lately: a word costs one look-up in that small table instead of one in each analysis's large one (the stop words of all
/// languages, the sentiment lexicon, the cues, the chunker's word lists), and those no longer push the name finder's
/// tables out of the cache.
/// </summary>
internal sealed class WordFacts
{
    private WordFacts(string lower) => Lower = lower;

    /// <summary>The word lower-cased (<see cref="string.ToLowerInvariant()"/>).</summary>
    public string Lower { get; }

    [ThreadStatic] private static Dictionary<string, WordFacts>? t_words;
    private const int MaxRecentWords = 8192;

    /// <summary>The facts of <paramref name="word"/>, as a token writes it (a thread's own object: no lock).</summary>
    public static WordFacts Of(string word)
    {
        var words = t_words ??= new Dictionary<string, WordFacts>(StringComparer.Ordinal);
        if (words.TryGetValue(word, out var known)) return known;
        if (words.Count >= MaxRecentWords) words.Clear();
        known = new WordFacts(word.ToLowerInvariant());
        words[word] = known;
        return known;
    }

    /// <summary>The facts of each of <paramref name="lowerWords"/>, for a caller that has the words only.</summary>
    public static List<WordFacts> OfAll(IReadOnlyList<string> lowerWords)
    {
        var facts = new List<WordFacts>(lowerWords.Count);
        foreach (var word in lowerWords) facts.Add(Of(word));
        return facts;
    }

    private Known _known;

    [Flags]
    private enum Known : byte { None = 0, Languages = 1, Valence = 2, Negation = 4, Cues = 8, EnglishTraits = 16, EnglishCase = 32 }

    /// <summary>The stop-word lists that hold the word (<see cref="StopwordLanguageGuess.LanguagesOf"/>).</summary>
    public ulong Languages
    {
        get
        {
            if ((_known & Known.Languages) == 0) (_languages, _known) = (StopwordLanguageGuess.LanguagesOf(Lower), _known | Known.Languages);
            return _languages;
        }
    }

    private ulong _languages;

    /// <summary>The word's valence in the sentiment lexicon, if it has one (<see cref="SentimentScorer.ValenceOf"/>).</summary>
    public int? Valence
    {
        get
        {
            if ((_known & Known.Valence) == 0) (_valence, _known) = (SentimentScorer.ValenceOf(Lower), _known | Known.Valence);
            return _valence;
        }
    }

    private int? _valence;

    /// <summary>Whether the word negates what follows it (<see cref="SentimentScorer.IsNegation"/>).</summary>
    public bool IsNegation
    {
        get
        {
            if ((_known & Known.Negation) == 0) (_negation, _known) = (SentimentScorer.IsNegation(Lower), _known | Known.Negation);
            return _negation;
        }
    }

    private bool _negation;

    /// <summary>What the category cues say of the word (<see cref="CategoryClassifier.Match"/>).</summary>
    public CategoryClassifier.WordMatch Cues
    {
        get
        {
            if ((_known & Known.Cues) == 0) (_cues, _known) = (CategoryClassifier.Match(Lower), _known | Known.Cues);
            return _cues;
        }
    }

    private CategoryClassifier.WordMatch _cues;

    /// <summary>What the keyphrase chunker reads of the word alone, with the English stop words (<see cref="KeywordExtractor.TraitsOf"/>).</summary>
    public byte EnglishTraits
    {
        get
        {
            if ((_known & Known.EnglishTraits) == 0) (_englishTraits, _known) = (KeywordExtractor.TraitsOf(Lower, StopwordLists.For("en")), _known | Known.EnglishTraits);
            return _englishTraits;
        }
    }

    private byte _englishTraits;

    /// <summary>How the English word list writes the word (<see cref="FeatureExtractor.CaseOfLower"/>), for the name finder's rules.</summary>
    public uint EnglishCase
    {
        get
        {
            if ((_known & Known.EnglishCase) == 0) (_englishCase, _known) = (FeatureExtractor.CaseOfLower(Lower), _known | Known.EnglishCase);
            return _englishCase;
        }
    }

    private uint _englishCase;
}
