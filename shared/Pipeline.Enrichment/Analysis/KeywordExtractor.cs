namespace Pipeline.Enrichment;

/// <summary>
/// Ranked keywords and keyphrases of one to three words (four with "and": "oil and gas industry").
/// For English, candidates are noun phrases chunked with a light part-of-speech guess
/// (<see cref="KeyphraseFilter"/>): adjectives and nouns, ending on a noun, with verbs, adverbs,
/// dates, stop words and the words of entity names and titles (<paramref name="excluded"/>)
/// between them; a lone word must recur and be more than a general news word ("issue"). Other
/// languages take the n-grams inside runs of content words. A phrase scores by how often it
/// occurs (singular and plural together), times the square of its length, times the square root
/// of its words' mean frequency, a little more the earlier it first comes, so a phrase repeated a
/// few times ranks beside a word repeated many times. A phrase that holds, or is held by, a
/// better-ranked one is dropped, so the list names different topics.
/// </summary>
internal static class KeywordExtractor
{
    /// <param name="facts">The facts of each of <paramref name="words"/> (<see cref="DocumentWords.Facts"/>), which keep what the chunker reads of a word alone.</param>
    public static IReadOnlyList<Keyword> Extract(IReadOnlyList<(string Lower, bool BreakBefore)> words, ISet<string> stopwords, int count = 10, bool[]? excluded = null, bool english = false,
        IReadOnlyList<WordFacts>? facts = null)
    {
        // The words as a span: read once or more per word by the chunker, through the list's interface each read was a call.
        ReadOnlySpan<(string Lower, bool BreakBefore)> all = words is List<(string Lower, bool BreakBefore)> list
            ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [.. words];
        // The facts keep a word's traits for the English stop-word list only.
        if (!ReferenceEquals(stopwords, StopwordLists.For("en"))) facts = null;
        var runs = english ? NounRuns(all, stopwords, excluded, facts) : ContentRuns(words, stopwords, excluded);

        // The two tables are the thread's own, emptied and used again: grown afresh for every text, their arrays were
        // about half of what keyword extraction allocated.
        var frequency = Rent(ref t_frequency);
        var phrases = Rent(ref t_phrases);
        try
        {
            return Extract(words, runs, frequency, phrases, count, english);
        }
        finally
        {
            Return(ref t_frequency, frequency);
            Return(ref t_phrases, phrases);
        }
    }

    [ThreadStatic] private static Dictionary<string, int>? t_frequency;
    [ThreadStatic] private static Dictionary<string, Candidate>? t_phrases;

    private static Dictionary<string, TValue> Rent<TValue>(ref Dictionary<string, TValue>? kept)
    {
        var table = kept ?? new Dictionary<string, TValue>(StringComparer.Ordinal);
        kept = null; // a nested call on this thread (none today) would make its own
        return table;
    }

    // Kept for the next text only while of article size: a book's tables are not held on to.
    private static void Return<TValue>(ref Dictionary<string, TValue>? kept, Dictionary<string, TValue> table)
    {
        var large = table.Count > 8192;
        table.Clear();
        if (!large) kept = table;
    }

    private static IReadOnlyList<Keyword> Extract(IReadOnlyList<(string Lower, bool BreakBefore)> words, List<Run> runs,
        Dictionary<string, int> frequency, Dictionary<string, Candidate> phrases, int count, bool english)
    {
        var stemmed = new List<string[]>(runs.Count);
        foreach (var run in runs)
        {
            var stems = new string[run.Words.Count];
            for (var k = 0; k < stems.Length; k++)
            {
                stems[k] = StemWord(run.Words[k]);
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(frequency, stems[k], out _)++;
            }
            stemmed.Add(stems);
        }
        // Each word's frequency, looked up once per run rather than once for every phrase it is in.
        var counts = new int[16];
        // Two- and three-word keys are looked up as spans, so only a new phrase allocates its key.
        var bySpan = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        for (var r = 0; r < runs.Count; r++)
        {
            var (run, nouns, position) = runs[r];
            var stems = stemmed[r];
            if (counts.Length < stems.Length) counts = new int[stems.Length * 2];
            for (var k = 0; k < stems.Length; k++) counts[k] = frequency[stems[k]];
            for (var n = 1; n <= 3; n++)
                for (var i = 0; i + n <= run.Count; i++)
                {
                    if (nouns is not null && !Fits(run, nouns, i, n)) continue;
                    var length = n - 1;
                    for (var k = i; k < i + n; k++) length += stems[k].Length;
                    if (buffer.Length < length) buffer = new char[length * 2];
                    var written = 0;
                    for (var k = i; k < i + n; k++)
                    {
                        if (k > i) buffer[written++] = ' ';
                        stems[k].CopyTo(buffer.AsSpan(written));
                        written += stems[k].Length;
                    }
                    var keySpan = buffer.AsSpan(0, written);
                    double wordScore = 0;
                    for (var k = i; k < i + n; k++) wordScore += counts[k];
                    if (bySpan.TryGetValue(keySpan, out var seen))
                    {
                        seen.Count++;
                        seen.WordScore = Math.Max(seen.WordScore, wordScore);
                        continue;
                    }
                    var key = n == 1 ? stems[i] : new string(keySpan);
                    // A phrase with no plural to stem is written as its key: the same string serves for both.
                    var unstemmed = true;
                    for (var k = i; k < i + n; k++) unstemmed &= ReferenceEquals(stems[k], run[k]);
                    var phrase = n switch { 1 => run[i], _ when unstemmed => key, 2 => string.Concat(run[i], " ", run[i + 1]), _ => string.Concat(run[i], " ", run[i + 1], " ", run[i + 2]) };
                    phrases[key] = new Candidate { Surface = phrase, Key = key, Count = 1, Words = n, WordScore = wordScore, First = position };
                }
        }
        if (english) AddCoordinated(words, runs, frequency, phrases);

        var total = Math.Max(1, words.Count);
        var ranked = new List<(string Text, string Key, double Score)>(phrases.Count);
        foreach (var p in phrases.Values)
            if (p.Count >= 2 || p.Words > 1)
                ranked.Add((p.Surface, p.Key, p.Count * p.Words * p.Words * Math.Sqrt(p.WordScore / p.Words) * Once(p, english)
                    * (english ? 1 + 0.5 * (1 - (double)p.First / total) : 1)));
        // Best score first, then by text. A text names one phrase (its key is its words stemmed), so no two differ in
        // neither and the unstable sort orders them as the stable one did.
        ranked.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Text, b.Text);
        });
        var chosen = new List<(string Text, string Key, double Score)>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count == count) break;
            if (!OverlapsAny(chosen, candidate.Key)) chosen.Add(candidate);
        }
        var best = chosen.Count == 0 ? 1 : chosen[0].Score;
        return chosen.Select(c => new Keyword(c.Text, Math.Round(c.Score / best, 3))).ToList();
    }

    private readonly record struct Run(List<string> Words, List<bool>? Nouns, int Position);

    private sealed class Candidate
    {
        public required string Surface;
        public required string Key;
        public int Count;
        public int Words;
        public double WordScore;
        public int First;
    }

    // Singular and plural count as one phrase, shown as the form met first.
    private static void Add(Dictionary<string, Candidate> phrases, string phrase, int words, double wordScore, int position)
    {
        var key = Stem(phrase);
        if (!phrases.TryGetValue(key, out var candidate))
        {
            phrases[key] = new Candidate { Surface = phrase, Key = key, Count = 1, Words = words, WordScore = wordScore, First = position };
            return;
        }
        candidate.Count++;
        candidate.WordScore = Math.Max(candidate.WordScore, wordScore);
        candidate.First = Math.Min(candidate.First, position);
    }

    // Runs of content words, cut at stop words, punctuation and excluded words (any language).
    private static List<Run> ContentRuns(IReadOnlyList<(string Lower, bool BreakBefore)> words, ISet<string> stopwords, bool[]? excluded)
    {
        var runs = new List<Run>();
        var run = new List<string>();
        var start = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var (word, breakBefore) = words[w];
            var content = word.Length >= 3 && !char.IsDigit(word[0]) && !stopwords.Contains(word) && (excluded is null || !excluded[w]);
            if (breakBefore || !content)
            {
                if (run.Count > 0) runs.Add(new Run(run, null, start));
                run = [];
            }
            if (content)
            {
                if (run.Count == 0) start = w;
                run.Add(word);
            }
        }
        if (run.Count > 0) runs.Add(new Run(run, null, start));
        return runs;
    }

    // English: runs of words that may stand in a noun phrase, cut at every word that cannot, each
    // trimmed so that it ends on a noun.
    private static List<Run> NounRuns(ReadOnlySpan<(string Lower, bool BreakBefore)> words, ISet<string> stopwords, bool[]? excluded, IReadOnlyList<WordFacts>? facts)
    {
        var known = KnownWords(stopwords);
        var runs = new List<Run>();
        var run = new List<string>();
        var roles = new List<KeyphraseFilter.Role>();
        var start = 0;
        for (var w = 0; w <= words.Length; w++)
        {
            var role = KeyphraseFilter.Role.Break;
            var breakBefore = true;
            if (w < words.Length)
            {
                var word = words[w].Lower;
                breakBefore = words[w].BreakBefore;
                if (word.Length >= 3 && !char.IsDigit(word[0]))
                {
                    // Whether the word is a stop word and what it is on its own: kept in the word's facts, else one look-up in the
                    // thread's table, for words met before.
                    byte traits;
                    if (facts is not null) traits = facts[w].EnglishTraits;
                    else if (!known.TryGetValue(word, out traits))
                    {
                        if (known.Count >= MaxKnownWords) known.Clear();
                        known[word] = traits = TraitsOf(word, stopwords);
                    }
                    if (traits != StopWord && (excluded is null || !excluded[w]))
                        role = KeyphraseFilter.Classify(words, w, (KeyphraseFilter.WordTraits)traits);
                }
            }
            // Asked only with words in the run to drop: after the first break of a row the run is empty.
            if (role == KeyphraseFilter.Role.Break && run.Count > 0 && w < words.Length && !breakBefore && KeyphraseFilter.IsTitleWord(words[w].Lower))
            {
                // "trade minister", "deputy energy minister": the words before a title are the title's.
                for (var k = 0; k < 2 && run.Count > 0; k++)
                {
                    run.RemoveAt(run.Count - 1);
                    roles.RemoveAt(roles.Count - 1);
                }
            }
            if (breakBefore || role == KeyphraseFilter.Role.Break)
            {
                while (roles.Count > 0 && roles[^1] != KeyphraseFilter.Role.Noun)
                {
                    roles.RemoveAt(roles.Count - 1);
                    run.RemoveAt(run.Count - 1);
                }
                if (run.Count > 0)
                {
                    var nouns = new List<bool>(roles.Count);
                    foreach (var r in roles) nouns.Add(r == KeyphraseFilter.Role.Noun);
                    runs.Add(new Run(run, nouns, start));
                    run = [];
                }
                // An empty run (most breaks come between two breaks) keeps its list.
                roles.Clear();
            }
            if (role == KeyphraseFilter.Role.Break) continue;
            if (run.Count == 0) start = w;
            run.Add(words[w].Lower);
            roles.Add(role);
        }
        return runs;
    }

    // Per thread, for the stop-word list last used: each word met as a stop word (StopWord) or with its KeyphraseFilter.TraitsOf.
    // A text repeats its words, and so does the next one: a look-up here costs less than the stop-word list's, the word
    // lists' and a dozen endings' tests.
    [ThreadStatic] private static (ISet<string> Stopwords, Dictionary<string, byte> Words)? t_known;
    private const int MaxKnownWords = 50_000;
    private const byte StopWord = 0x80;

    /// <summary>What the chunker reads of a word alone: <see cref="StopWord"/>, or its <see cref="KeyphraseFilter.TraitsOf"/>.</summary>
    internal static byte TraitsOf(string lowerWord, ISet<string> stopwords) =>
        stopwords.Contains(lowerWord) ? StopWord : (byte)KeyphraseFilter.TraitsOf(lowerWord);

    private static Dictionary<string, byte> KnownWords(ISet<string> stopwords)
    {
        if (t_known is { } known && ReferenceEquals(known.Stopwords, stopwords)) return known.Words;
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        t_known = (stopwords, words);
        return words;
    }

    // Inside a trimmed run: the phrase ends on a noun, and is not a general word alone or general words only.
    private static bool Fits(List<string> run, List<bool> nouns, int start, int count)
    {
        if (!nouns[start + count - 1] || count > 1 && KeyphraseFilter.IsGenericLead(run[start])) return false;
        // "operates industrial parks", "talks strategic cooperation": a plural noun is not followed by an adjective.
        for (var k = start; k < start + count - 1; k++)
            if (!nouns[k + 1] && IsPlural(run[k])) return false;
        for (var k = start; k < start + count; k++)
            if (nouns[k] && !KeyphraseFilter.IsGeneric(run[k])) return true;
        return false;
    }

    // "oil and gas industry": a singular noun alone before "and", then a two-word phrase.
    private static void AddCoordinated(IReadOnlyList<(string Lower, bool BreakBefore)> words, List<Run> runs,
        Dictionary<string, int> frequency, Dictionary<string, Candidate> phrases)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var w = 1; w + 1 < words.Count; w++)
            if (words[w].Lower == "and" && !words[w].BreakBefore && !words[w + 1].BreakBefore)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, string.Concat(words[w - 1].Lower, " ", words[w + 1].Lower), out _)++;
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (left, _, at) = runs[r];
            var (right, rightNouns, next) = runs[r + 1];
            if (left.Count != 1 || right.Count < 2 || next != at + 2 || words[at + 1].Lower != "and" || words[at + 1].BreakBefore || words[next].BreakBefore) continue;
            var (a, b, c) = (left[0], right[0], right[1]);
            // Only a pair the text repeats ("oil and gas") is one topic; "water and power files" is two.
            if (!rightNouns![0] || !rightNouns[1] || pairs.GetValueOrDefault(string.Concat(a, " ", b)) < 2 || IsPlural(a) || IsPlural(b) || KeyphraseFilter.IsGeneric(a) || KeyphraseFilter.IsGeneric(b)) continue;
            Add(phrases, $"{a} and {b} {c}", 3, frequency[StemWord(a)] + frequency[StemWord(b)] + frequency[StemWord(c)], at);
        }
    }

    // A phrase met once ranks below phrases that recur, and far below when none of its words
    // recurs either: a passing string of words ("carry rail wagons") is rarely a topic.
    // In English a lone word ranks below a phrase built on it ("lithium reserves", "battery metals").
    // A phrase met once whose head is a general word ("copper century", "practical step") ranks lower still.
    private static double Once(Candidate phrase, bool english) =>
        !english ? 1 : phrase.Words == 1 ? 0.4 : phrase.Count > 1 ? 1
            : (phrase.WordScore > phrase.Words ? 0.75 : 0.3) * (KeyphraseFilter.IsWeakHead(phrase.Surface.AsSpan(phrase.Surface.LastIndexOf(' ') + 1)) ? 0.5 : 1);

    private static bool OverlapsAny(List<(string Text, string Key, double Score)> chosen, string key)
    {
        foreach (var c in chosen)
            if (Overlaps(c.Key, key)) return true;
        return false;
    }

    // "grain corridor" and "corridor", "wheat export" and "wheat exports": one holds the other.
    private static bool Overlaps(string x, string y)
    {
        return x == y || HoldsWords(x, y) || HoldsWords(y, x);
    }

    // Whether " outer " contains " inner ", without building either.
    private static bool HoldsWords(string outer, string inner)
    {
        if (inner.Length == 0)
        {
            for (var p = 0; p <= outer.Length; p++)
                if ((p == 0 || outer[p - 1] == ' ') && (p == outer.Length || outer[p] == ' ')) return true;
            return false;
        }
        for (var at = outer.IndexOf(inner, StringComparison.Ordinal); at >= 0; at = outer.IndexOf(inner, at + 1, StringComparison.Ordinal))
            if ((at == 0 || outer[at - 1] == ' ') && (at + inner.Length == outer.Length || outer[at + inner.Length] == ' ')) return true;
        return false;
    }

    private static string Stem(string phrase) => string.Join(' ', phrase.Split(' ').Select(StemWord));

    private static bool IsPlural(string w) => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');

    private static string StemWord(string w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's' ? w[..^1] : w;
}
