namespace Pipeline.Enrichment;

/// <summary>
/// The name-list matches of one sentence, looked up once and shared by the tagger's features and
/// the rules: for each token, the longest listed phrase starting there and the entry of the
/// token on its own.
/// </summary>
internal sealed class GazetteerMatches
{
    private readonly (int Length, GazetteerEntry? Entry)[] _longest;
    private readonly GazetteerEntry?[] _single;
    private readonly PhraseMatcher.KnownWord[] _words;
    private readonly int _start;
    private readonly WordCues _cues;
    private readonly GazetteerKind _kinds;

    public GazetteerMatches(IReadOnlyList<Token> tokens, int start, int end)
    {
        var phrases = Lexicon.Instance.Phrases;
        _start = start;
        _longest = new (int, GazetteerEntry?)[end - start];
        _single = new GazetteerEntry?[end - start];
        _words = new PhraseMatcher.KnownWord[end - start];
        var span = tokens switch
        {
            List<Token> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => null,
        };
        if (span.Length == tokens.Count && span.Length > 0)
        {
            _cues = phrases.MatchEach(span, start, end, _longest, _single, _words);
            _kinds = KindsOf(_longest, _single);
            return;
        }
        for (var i = start; i < end; i++)
        {
            _longest[i - start] = phrases.Match(tokens, i, end, out _words[i - start]);
            _cues |= _words[i - start].Cues;
            // No match at all means no one-word phrase either (one always fits), so only a longer match needs a second look-up.
            _single[i - start] = _longest[i - start].Length switch
            {
                0 => null,
                1 => _longest[i - start].Entry,
                _ => phrases.Match(tokens, i, i + 1).Entry,
            };
        }
        _kinds = KindsOf(_longest, _single);
    }

    /// <summary>Whether a word of the sentence has one of <paramref name="cues"/> (see <see cref="WordCues"/>).</summary>
    public bool Has(WordCues cues) => (_cues & cues) != 0;

    /// <summary>
    /// Whether a listed phrase of the sentence (a <see cref="Longest"/> or a <see cref="Single"/> entry) is of one of
    /// <paramref name="kinds"/>: a pass that acts only at such a phrase need not walk a sentence that has none.
    /// </summary>
    public bool HasListed(GazetteerKind kinds) => (_kinds & kinds) != 0;

    private static GazetteerKind KindsOf((int Length, GazetteerEntry? Entry)[] longest, GazetteerEntry?[] single)
    {
        var kinds = GazetteerKind.None;
        for (var i = 0; i < longest.Length; i++)
        {
            if (longest[i].Entry is { } entry) kinds |= entry.Kinds;
            if (single[i] is { } alone) kinds |= alone.Kinds;
        }
        return kinds;
    }

    /// <summary>The first token of the sentence.</summary>
    public int Start => _start;

    /// <summary>The longest listed phrase starting at token <paramref name="i"/> (length 0 when none).</summary>
    public (int Length, GazetteerEntry? Entry) Longest(int i) => _longest[i - _start];

    /// <summary>The entry whose longest listed phrase is exactly tokens [<paramref name="from"/>, <paramref name="to"/>), if there is one.</summary>
    public GazetteerEntry? Exactly(int from, int to) => Longest(from) is { Entry: { } entry, Length: var length } && from + length == to ? entry : null;

    /// <summary>The entry of a listed country, city or region that is exactly tokens [<paramref name="from"/>, <paramref name="to"/>), if there is one.</summary>
    public GazetteerEntry? ExactlyPlace(int from, int to) =>
        Exactly(from, to) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region) ? entry : null;

    /// <summary>What the thread knows of token <paramref name="i"/>'s word (the tagger keeps its features there).</summary>
    internal PhraseMatcher.KnownWord Word(int i) => _words[i - _start];

    /// <summary>
    /// <see cref="Lexicon.IsEnglishStopword"/> of token <paramref name="i"/>'s text (<paramref name="text"/>), answered from what the
    /// thread knows of the word: the answer is worked out once per word, not lower-cased and looked up at every token.
    /// </summary>
    public bool IsEnglishStopword(int i, string text) =>
        _words[i - _start] is { } known && string.Equals(known.Text, text, StringComparison.Ordinal) ? known.IsEnglishStopword : Lexicon.Instance.IsEnglishStopword(text);

    /// <summary>The entry of token <paramref name="i"/> alone, if it is listed.</summary>
    public GazetteerEntry? Single(int i) => _single[i - _start];

    /// <summary>
    /// <see cref="FeatureExtractor.IsEnglishWord"/> of token <paramref name="i"/>'s text (<paramref name="text"/>), read from the
    /// word's features the tagger keeps with what the thread knows of the word (<see cref="WordCase"/>).
    /// </summary>
    public bool IsEnglishWord(int i, string text) => WordCase(i, text) is { } wordCase ? (wordCase & 1) != 0 : FeatureExtractor.IsEnglishWord(text);

    /// <summary><see cref="FeatureExtractor.IsLowerCaseWord"/> of token <paramref name="i"/>'s text (<paramref name="text"/>), as <see cref="IsEnglishWord"/>.</summary>
    public bool IsLowerCaseWord(int i, string text) => WordCase(i, text) is { } wordCase ? (wordCase & 3) == 1 : FeatureExtractor.IsLowerCaseWord(text);

    // How the English word list writes token i's word (TokenFeatures.Case), when the tagger has made the word's features on this
    // thread (it makes them for every word of the sentence before the rules run); null when it has not, or when the features were
    // made from a shortened word (over 64 characters): the caller then asks the word list itself.
    private uint? WordCase(int i, string text) =>
        i >= _start && i - _start < _words.Length && _words[i - _start] is { HasFeatures: true } known && text.Length <= 64
        && string.Equals(known.Text, text, StringComparison.Ordinal) ? known.Features.Case : null;

    /// <summary>
    /// The longest listed phrase in tokens [<paramref name="from"/>, <paramref name="to"/>) that starts at <paramref name="from"/>, as
    /// <see cref="PhraseMatcher.Match(IReadOnlyList{Token}, int, int)"/> gives it: the sentence's match at <paramref name="from"/> when
    /// it ends by <paramref name="to"/> (no longer phrase fits before <paramref name="to"/> then), a look-up only when it runs past.
    /// </summary>
    public (int Length, GazetteerEntry? Entry) LongestWithin(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from >= _start && from < to && to <= _start + _longest.Length && _longest[from - _start].Length <= to - from) return _longest[from - _start];
        return Lexicon.Instance.Phrases.Match(tokens, from, to);
    }
}
