using System.Runtime.InteropServices;
namespace Pipeline.Enrichment;

/// <summary>
/// Finds listed phrases in a token sequence, longest first, comparing token texts exactly (names
/// are matched with their capitals, so "china" the material is not "China").
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<(string[] Tokens, GazetteerEntry Entry)>> _byFirstToken = new(StringComparer.Ordinal);

    public void Add(string phrase, GazetteerKind kind, string? countryCode = null, string? canonical = null)
    {
        _version++;
        var tokens = Tokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
        if (tokens.Length == 0) return;
        if (!_byFirstToken.TryGetValue(tokens[0], out var list)) _byFirstToken[tokens[0]] = list = [];
        var index = list.FindIndex(p => p.Tokens.AsSpan().SequenceEqual(tokens));
        if (index >= 0) list[index] = (tokens, list[index].Entry.With(kind, countryCode, canonical));
        else
        {
            list.Add((tokens, new GazetteerEntry(kind, countryCode, canonical)));
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>The longest listed phrase that starts at token <paramref name="start"/> and ends before <paramref name="end"/>.</summary>
    public (int Length, GazetteerEntry? Entry) Match(IReadOnlyList<Token> tokens, int start, int end) => Match(tokens, start, end, out _);

    /// <summary>
    /// For each token of [<paramref name="start"/>, <paramref name="end"/>): the longest listed phrase starting there, the
    /// entry of the token alone and what this thread knows of its word, as <see cref="Match(IReadOnlyList{Token}, int, int, out KnownWord)"/>
    /// gives them, with the thread's table fetched once for the sentence and each word looked up once; returns the cues of all the words.
    /// </summary>
    internal WordCues MatchEach(ReadOnlySpan<Token> tokens, int start, int end, Span<(int Length, GazetteerEntry? Entry)> longest,
        Span<GazetteerEntry?> single, Span<KnownWord> words)
    {
        var recent = Recent();
        var sentenceCues = WordCues.None;
        for (var i = start; i < end; i++)
        {
            var word = CandidatesFor(recent, tokens[i].Text);
            var match = MatchFrom(word, tokens, i, end);
            words[i - start] = word;
            sentenceCues |= word.Cues;
            longest[i - start] = match;
            // No match at all means no one-word phrase either (one always fits), so only a longer match needs a second look.
            single[i - start] = match.Length switch
            {
                0 => null,
                1 => match.Entry,
                _ => MatchFrom(word, tokens, i, i + 1).Entry,
            };
        }
        return sentenceCues;
    }

    // Match with the first token's word known: the same steps over a span of the tokens.
    private static (int Length, GazetteerEntry? Entry) MatchFrom(KnownWord word, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var candidates = word.Candidates;
        if (candidates is null) return word.Alone;
        if (word.BySecondWord is { } bySecondWord)
        {
            if (start + 1 < end && bySecondWord.TryGetValue(tokens[start + 1].Text, out var longer))
                foreach (var (phrase, entry) in longer)
                {
                    if (start + phrase.Length > end) continue;
                    var all = true;
                    for (var k = 2; k < phrase.Length && all; k++) all = string.Equals(tokens[start + k].Text, phrase[k], StringComparison.Ordinal);
                    if (all) return (phrase.Length, entry);
                }
            return word.OneWord is { } one ? (1, one) : (0, null);
        }
        foreach (var (phrase, entry) in candidates)
        {
            if (start + phrase.Length > end) continue;
            var all = true;
            for (var k = 1; k < phrase.Length && all; k++) all = string.Equals(tokens[start + k].Text, phrase[k], StringComparison.Ordinal);
            if (all) return (phrase.Length, entry);
        }
        return (0, null);
    }

    /// <summary><see cref="Match(IReadOnlyList{Token}, int, int)"/>, with what this thread knows of the first token's word.</summary>
    internal (int Length, GazetteerEntry? Entry) Match(IReadOnlyList<Token> tokens, int start, int end, out KnownWord word)
    {
        word = CandidatesFor(tokens[start].Text);
        // The same steps as over a span of the tokens; a list or an array gives its span without a copy.
        ReadOnlySpan<Token> span = tokens switch
        {
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => tokens.ToArray(),
        };
        return MatchFrom(word, span, start, end);
    }

    // The lists hold some forty thousand first words, so each look-up in them is a walk through
    // megabytes that other work has pushed out of the cache. A text repeats its words, so each
    // thread keeps the answers for the words it met lately in a small table that stays near.
    [ThreadStatic] private static RecentWords? t_recent;
    private int _version;
    private const int MaxRecentWords = 8192;

    private sealed class RecentWords(PhraseMatcher owner, int version)
    {
        public PhraseMatcher Owner { get; } = owner;
        public int Version { get; } = version;

        public Dictionary<string, KnownWord> Words { get; } = new(StringComparer.Ordinal);

        /// <summary>Phrases looked up whole (<see cref="Lookup"/>), with their entries.</summary>
        public Dictionary<string, GazetteerEntry?> Phrases { get; } = new(StringComparer.Ordinal);
    }

    private RecentWords Recent()
    {
        var recent = t_recent;
        if (recent is null || recent.Owner != this || recent.Version != _version) t_recent = recent = new RecentWords(this, _version);
        return recent;
    }

    /// <summary>
    /// What a thread knows of one word: the phrases it starts, and, when it starts none, what it is
    /// alone (a hyphenated or accented name); both depend on nothing but the word and the lists.
    /// The tagger keeps the word's own features here too, so a token costs one look-up for both.
    /// </summary>
    internal sealed class KnownWord(string text, List<(string[] Tokens, GazetteerEntry Entry)>? candidates, (int Length, GazetteerEntry? Entry) alone)
    {
        public string Text { get; } = text;
        public List<(string[] Tokens, GazetteerEntry Entry)>? Candidates { get; } = candidates;
        public (int Length, GazetteerEntry? Entry) Alone { get; } = alone;
        public TokenFeatures Features;
        public bool HasFeatures;

        /// <summary>The word's <see cref="WordCues"/>, worked out when first asked (a thread's own object: no lock).</summary>
        public WordCues Cues => _hasCues ? _cues : WorkOutCues();

        private WordCues _cues;
        private bool _hasCues;

        private WordCues WorkOutCues()
        {
            _cues = WordCueList.Of(Text);
            _hasCues = true;
            return _cues;
        }

        /// <summary>Whether the word, in whatever case, is an English stop word (<see cref="Lexicon.IsEnglishStopword"/>), worked out when first asked.</summary>
        public bool IsEnglishStopword => _stopword != Unknown ? _stopword == Yes : WorkOutStopword();

        private const byte Unknown = 0, Yes = 1, No = 2;
        private byte _stopword;

        private bool WorkOutStopword()
        {
            var stopword = Lexicon.Instance.IsEnglishStopword(Text);
            _stopword = stopword ? Yes : No;
            return stopword;
        }

        /// <summary>
        /// For a word that opens many phrases ("The", a common given name): its phrases of two words or more by their
        /// second word, each list in the candidates' order (longest first), so a match compares a few of them, not
        /// hundreds; null for a word with few phrases, which are compared in turn.
        /// </summary>
        public Dictionary<string, List<(string[] Tokens, GazetteerEntry Entry)>>? BySecondWord { get; private init; }

        /// <summary>With <see cref="BySecondWord"/>: the entry of the word as a phrase of its own, if it is one.</summary>
        public GazetteerEntry? OneWord { get; private init; }

        private const int IndexedCandidates = 4;

        // A phrase is listed once (Add merges equal ones), so at most one candidate of each length matches: the
        // longest match found through the index is the one the walk through every candidate finds.
        public static KnownWord Of(string text, List<(string[] Tokens, GazetteerEntry Entry)> candidates)
        {
            if (candidates.Count <= IndexedCandidates) return new(text, candidates, (0, null));
            var bySecondWord = new Dictionary<string, List<(string[] Tokens, GazetteerEntry Entry)>>(StringComparer.Ordinal);
            GazetteerEntry? oneWord = null;
            foreach (var candidate in candidates)
            {
                if (candidate.Tokens.Length == 1) { oneWord ??= candidate.Entry; continue; }
                if (!bySecondWord.TryGetValue(candidate.Tokens[1], out var list)) bySecondWord[candidate.Tokens[1]] = list = [];
                list.Add(candidate);
            }
            return new(text, candidates, (0, null)) { BySecondWord = bySecondWord, OneWord = oneWord };
        }
    }

    private KnownWord CandidatesFor(string word) => CandidatesFor(Recent(), word);

    private KnownWord CandidatesFor(RecentWords recent, string word)
    {
        if (recent.Words.TryGetValue(word, out var known)) return known;
        if (recent.Words.Count >= MaxRecentWords) recent.Words.Clear();
        known = _byFirstToken.TryGetValue(word, out var candidates) ? KnownWord.Of(word, candidates) : new(word, null, HyphenatedFirstName(word) ?? AccentedName(word));
        recent.Words[word] = known;
        return known;
    }

    [ThreadStatic] private static Dictionary<string, string>? _plainForms;

    private const GazetteerKind PersonNameKinds = GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst;

    /// <summary>
    /// "Héctor", "Martín": the lists hold many Spanish, Portuguese and French names only without their accents
    /// ("Hector"); a word with accents that is not listed as it stands is a person's name if its plain form is one.
    /// </summary>
    private (int Length, GazetteerEntry? Entry) AccentedName(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !HasLatinAccent(word)) return (0, null);
        // Normalising is the cost, and a text names the same people again and again: the plain form is kept per thread.
        var cache = _plainForms ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!cache.TryGetValue(word, out var plain))
        {
            if (cache.Count >= 4096) cache.Clear();
            cache[word] = plain = Lexicon.WithoutAccents(word);
        }
        if (plain == word || !_byFirstToken.TryGetValue(plain, out var candidates)) return (0, null);
        foreach (var (phrase, entry) in candidates)
            if (phrase.Length == 1 && entry.Is(PersonNameKinds)) return (1, new GazetteerEntry(entry.Kinds & PersonNameKinds, null, null));
        return (0, null);
    }

    private static readonly GazetteerEntry FirstNameEntry = new(GazetteerKind.FirstName, null, null);

    /// <summary>
    /// "Jan-Willem", "Karl-Heinz": two listed first names joined by a hyphen are one first name. Looked up
    /// through spans, so the many hyphenated words that are not names cost no allocation. Arabic compounds
    /// ("Al-Khalid", "Abdul-Ghani") are family names as often as given names, and stay out.
    /// </summary>
    private (int Length, GazetteerEntry? Entry)? HyphenatedFirstName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 3 || hyphen > word.Length - 3 || !char.IsUpper(word[0]) || !char.IsUpper(word[hyphen + 1]) || word.IndexOf('-', hyphen + 1) >= 0
            || word.StartsWith("Ab", StringComparison.Ordinal)) return null;
        var lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        return IsFirstName(lookup, word.AsSpan(0, hyphen)) && IsFirstName(lookup, word.AsSpan(hyphen + 1)) ? (1, FirstNameEntry) : null;
    }

    private static bool IsFirstName(Dictionary<string, List<(string[] Tokens, GazetteerEntry Entry)>>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> part)
    {
        if (!lookup.TryGetValue(part, out var candidates)) return false;
        foreach (var (phrase, entry) in candidates)
            if (phrase.Length == 1) return entry.IsOnlyGivenName;
        return false;
    }

    /// <summary>
    /// Whether the word holds a Latin letter with a diacritic or a combining mark: only those lose
    /// anything to <see cref="Lexicon.WithoutAccents"/>. Curly apostrophes and dashes are not
    /// ASCII either, and normalising every such word was a measurable part of enrich.
    /// </summary>
    internal static bool HasLatinAccent(string word)
    {
        foreach (var c in word)
            if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u0300' and <= '\u036F') or (>= '\u1E00' and <= '\u1EFF')) return true;
        return false;
    }

    /// <summary>The entry of exactly this phrase, if it is listed.</summary>
    /// <summary>
    /// <see cref="Lookup(string)"/> for a piece of a word: a phrase met lately is answered without making its string; one not
    /// met is looked up as a string, exactly as <see cref="Lookup(string)"/> does.
    /// </summary>
    public GazetteerEntry? Lookup(ReadOnlySpan<char> phrase)
    {
        var recent = Recent().Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        return recent.TryGetValue(phrase, out var known) ? known : Lookup(phrase.ToString());
    }

    public GazetteerEntry? Lookup(string phrase)
    {
        // The rules ask about the same names again and again: each thread keeps the answers it gave lately.
        var recent = Recent().Phrases;
        if (recent.TryGetValue(phrase, out var known)) return known;
        if (recent.Count >= MaxRecentWords) recent.Clear();
        var tokens = Tokenizer.Tokenize(phrase);
        var (length, entry) = tokens.Count == 0 ? (0, null) : Match(tokens, 0, tokens.Count);
        known = length == tokens.Count ? entry : null;
        recent[phrase] = known;
        return known;
    }
}
