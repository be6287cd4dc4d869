namespace Pipeline.Enrichment;

/// <summary>
/// The tagger's feature templates: the word, its shape and affixes, two words of context either
/// side, the two previous tags, which name lists cover the word and its neighbours, the run of
/// capitalised words it belongs to (the words around the run, its first and last word, the name
/// lists any of its words is on), whether it is a stop word, and how an English word list writes it.
/// </summary>
internal static class FeatureExtractor
{
    public const int MaxFeatures = 80;

    /// <summary>How many keys <see cref="ExtractHistory"/> writes.</summary>
    public const int HistoryFeatures = 5;

    /// <summary>
    /// How an English word list writes each word (1 lower-case only, 2 capitalised only, 3 both),
    /// plus 4 for an English stop word (a capitalised stop word, "The", "However", is rarely a name):
    /// a capitalised word the list only knows in lower case ("Police") is seldom a name, one it
    /// only knows capitalised is a name even when training never saw it.
    /// </summary>
    private static readonly Dictionary<uint, uint> WordCase = LoadWordCase();

    private static Dictionary<uint, uint> LoadWordCase()
    {
        using var stream = new System.IO.Compression.GZipStream(EmbeddedData.Open("english-word-case.tsv.gz"), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var cases = new Dictionary<uint, uint>(80_000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab < 0) continue;
            cases[FeatureHash.Of(line.AsSpan(0, tab))] = (uint)(line[tab + 1] - '0');
        }
        foreach (var word in StopwordLists.For("en"))
        {
            var key = FeatureHash.Of(word);
            cases[key] = cases.GetValueOrDefault(key) | 4;
        }
        return cases;
    }

    /// <summary>"Land", "Grace": a word the English word list knows in lower case, whether or not it is a name too.</summary>
    /// <remarks>Read from the word's facts, which keep the answer for a word met before (<see cref="WordFacts.EnglishCase"/>).</remarks>
    internal static bool IsEnglishWord(string word) => (WordFacts.Of(word).EnglishCase & 1) != 0;

    /// <summary>"Ruckman", "Orchardist": whether the English word list knows the word at all, in either case.</summary>
    internal static bool IsKnownWord(string word) => (WordFacts.Of(word).EnglishCase & 3) != 0;

    /// <summary>"Hobby", "Crafts": a word the English word list knows only in lower case.</summary>
    internal static bool IsLowerCaseWord(string word) => (WordFacts.Of(word).EnglishCase & 3) == 1;

    /// <summary>How the English word list writes a word, given lower-cased (<see cref="WordCase"/>; 0 for a word it lacks).</summary>
    internal static uint CaseOfLower(string lowerWord) => WordCase.GetValueOrDefault(FeatureHash.Of(lowerWord));

    /// <summary>Per-token hashes for a sentence, including gazetteer membership (B/I per list).</summary>
    public static TokenFeatures[] Prepare(IReadOnlyList<Token> tokens, int start, int end) =>
        Prepare(tokens, start, end, new GazetteerMatches(tokens, start, end));

    public static TokenFeatures[] Prepare(IReadOnlyList<Token> tokens, int start, int end, GazetteerMatches matches)
    {
        var features = new TokenFeatures[end - start];
        Prepare(tokens, start, end, matches, features);
        return features;
    }

    /// <summary><see cref="Prepare(IReadOnlyList{Token}, int, int, GazetteerMatches)"/> into <paramref name="features"/> (exactly <paramref name="end"/> − <paramref name="start"/> long).</summary>
    public static void Prepare(IReadOnlyList<Token> tokens, int start, int end, GazetteerMatches matches, Span<TokenFeatures> features)
    {
        var length = end - start;
        uint[]? rented = null;
        var gazetteer = length <= 256 ? stackalloc uint[length] : (rented = System.Buffers.ArrayPool<uint>.Shared.Rent(length)).AsSpan(0, length);
        gazetteer.Clear();
        for (var i = start; i < end; i++)
        {
            var (matched, entry) = matches.Longest(i);
            if (entry is null) continue;
            var kinds = (uint)entry.Kinds;
            gazetteer[i - start] |= kinds;
            for (var k = 1; k < matched; k++) gazetteer[i - start + k] |= kinds << 16;
        }
        for (var i = start; i < end; i++)
        {
            var text = tokens[i].Text;
            // The model learnt from text with straight quotes: a curly one ('“Jake”') reads as the straight one.
            if (text is "“" or "”")
            {
                features[i - start] = WordFeatures("\"") with { Gazetteer = gazetteer[i - start] };
                continue;
            }
            // The name lists' look-up of the token already found the thread's entry for its word: its features are kept there.
            var known = matches.Word(i);
            if (!string.Equals(known.Text, text, StringComparison.Ordinal))
            {
                features[i - start] = WordFeatures(text) with { Gazetteer = gazetteer[i - start] };
                continue;
            }
            if (!known.HasFeatures)
            {
                known.Features = WordFeatures(text);
                known.HasFeatures = true;
            }
            features[i - start] = known.Features with { Gazetteer = gazetteer[i - start] };
        }
        if (rented is not null) System.Buffers.ArrayPool<uint>.Shared.Return(rented);
        AddRuns(tokens, start, end, features);
    }

    // Words seen lately on this thread, with the features that depend on nothing but the word.
    [ThreadStatic] private static Dictionary<string, TokenFeatures>? t_words;

    private const int MaxRememberedWords = 50_000;

    /// <summary>
    /// The features of a word alone: its lower case, shape, affix hashes and how the English word
    /// list writes it. News repeats its words, in a document and from one document to the next, so
    /// each thread keeps them for the words it has met (up to <see cref="MaxRememberedWords"/>,
    /// then it starts again); one dictionary lookup costs less than the lower-casing, eight hashes
    /// and the word-list lookup.
    /// </summary>
    private static TokenFeatures WordFeatures(string text)
    {
        var words = t_words ??= new Dictionary<string, TokenFeatures>(StringComparer.Ordinal);
        if (words.TryGetValue(text, out var known)) return known;
        if (words.Count >= MaxRememberedWords) words.Clear();
        var token = TokenFeatures.Of(text, 0);
        token = token with { Case = WordCase.TryGetValue(token.Lower, out var wordCase) ? wordCase : 0, Word = WordScores.Next() };
        words[text] = token;
        return token;
    }

    /// <summary>
    /// Marks runs of capitalised tokens with what surrounds the whole run: the word before and
    /// after it, its first and last word, and where the token sits in it. The name's context and
    /// head decide its type more than the ±2 words around each of its tokens.
    /// </summary>
    private static void AddRuns(IReadOnlyList<Token> tokens, int start, int end, Span<TokenFeatures> features)
    {
        var i = start;
        while (i < end)
        {
            if (!IsCapitalised(tokens[i].Text)) { i++; continue; }
            var j = i + 1;
            while (j < end && IsCapitalised(tokens[j].Text)) j++;
            var before = i > start ? features[i - 1 - start].Lower : 1u;
            var after = j < end ? features[j - start].Lower : 1u;
            var head = features[j - 1 - start].Lower;
            var first = features[i - start].Lower;
            var length = (uint)Math.Min(j - i, 4);
            var kinds = 0u;
            for (var k = i; k < j; k++) kinds |= features[k - start].Gazetteer & 0xFFFF;
            for (var k = i; k < j; k++)
                features[k - start] = features[k - start] with
                {
                    RunPlace = (uint)Math.Min(k - i, 3) << 4 | length,
                    RunBefore = before,
                    RunAfter = after,
                    RunHead = head,
                    RunFirst = first,
                    RunGazetteer = kinds,
                    RunCase = (features[j - 1 - start].Case & 3) << 4 | (features[i - start].Case & 3),
                };
            i = j;
        }
    }


    private static bool IsCapitalised(string text) => text.Length > 0 && char.IsUpper(text[0]);

    /// <summary>Writes the keys of the features that depend on the previous tags and returns how many.</summary>
    public static int ExtractHistory(ReadOnlySpan<TokenFeatures> sentence, int i, int previousTag, int previousTag2, Span<uint> keys)
    {
        ref readonly var w = ref sentence[i];
        var t1 = (uint)previousTag + 1;
        var t2 = (uint)previousTag2 + 1;
        keys[0] = FeatureHash.Mix(17, t1);
        keys[1] = FeatureHash.Mix(18, t2, t1);
        keys[2] = FeatureHash.Mix(19, t1, w.Lower);
        keys[3] = FeatureHash.Mix(20, t1, w.ShortShape);
        keys[4] = FeatureHash.Mix(28, t1, w.Gazetteer);
        return 5;
    }

    /// <summary>Writes the keys of the features that do not depend on tags and returns how many.</summary>
    public static int ExtractContext(ReadOnlySpan<TokenFeatures> sentence, int i, Span<uint> keys)
    {
        ExtractWord(in sentence[i], keys);
        return ExtractAroundWord(sentence, i, keys);
    }

    /// <summary>How many keys <see cref="ExtractWord"/> writes: the first of <see cref="ExtractContext"/>'s.</summary>
    public const int WordKeys = 9;

    /// <summary>Writes the keys of the features of the word alone (the bias, its lower case, shape and affixes): <see cref="WordKeys"/> of them.</summary>
    public static void ExtractWord(in TokenFeatures w, Span<uint> keys)
    {
        keys[8] = FeatureHash.Mix(9, w.Suffix4);
        keys[0] = 1;
        keys[1] = FeatureHash.Mix(2, w.Lower);
        keys[2] = FeatureHash.Mix(3, w.Shape);
        keys[3] = FeatureHash.Mix(4, w.ShortShape);
        keys[4] = FeatureHash.Mix(5, w.Prefix2);
        keys[5] = FeatureHash.Mix(6, w.Prefix3);
        keys[6] = FeatureHash.Mix(7, w.Suffix2);
        keys[7] = FeatureHash.Mix(8, w.Suffix3);
    }

    /// <summary>
    /// Writes the keys of <see cref="ExtractContext"/> after the word's own (from index <see cref="WordKeys"/>, the
    /// first ones left as they are) and returns the count of all of them.
    /// </summary>
    public static int ExtractAroundWord(ReadOnlySpan<TokenFeatures> sentence, int i, Span<uint> keys)
    {
        // By reference: a token's features are 68 bytes, and copying five of them per token showed.
        ref readonly var w = ref sentence[i];
        ref readonly var p1 = ref At(sentence, i - 1);
        ref readonly var p2 = ref At(sentence, i - 2);
        ref readonly var n1 = ref At(sentence, i + 1);
        ref readonly var n2 = ref At(sentence, i + 2);
        var n = WordKeys;
        keys[n++] = FeatureHash.Mix(10, p1.Lower);
        keys[n++] = FeatureHash.Mix(11, n1.Lower);
        keys[n++] = FeatureHash.Mix(12, p2.Lower);
        keys[n++] = FeatureHash.Mix(13, n2.Lower);
        keys[n++] = FeatureHash.Mix(14, p1.ShortShape, w.ShortShape);
        keys[n++] = FeatureHash.Mix(15, w.ShortShape, n1.ShortShape);
        keys[n++] = FeatureHash.Mix(16, p1.ShortShape, w.ShortShape, n1.ShortShape);
        keys[n++] = FeatureHash.Mix(21, p1.Lower, w.Lower);
        keys[n++] = FeatureHash.Mix(22, w.Lower, n1.Lower);
        keys[n++] = FeatureHash.Mix(23, p1.Lower, w.ShortShape);
        keys[n++] = FeatureHash.Mix(24, w.ShortShape, n1.Lower);
        keys[n++] = FeatureHash.Mix(25, i == 0 ? 1u : 0u, w.ShortShape);
        keys[n++] = FeatureHash.Mix(26, w.Gazetteer);
        keys[n++] = FeatureHash.Mix(27, p1.Gazetteer, w.Gazetteer, n1.Gazetteer);
        keys[n++] = FeatureHash.Mix(29, p1.Suffix3);
        keys[n++] = FeatureHash.Mix(30, n1.Suffix3);
        if (w.RunPlace != 0)
        {
            keys[n++] = FeatureHash.Mix(40, w.RunPlace);
            keys[n++] = FeatureHash.Mix(41, w.RunBefore);
            keys[n++] = FeatureHash.Mix(42, w.RunAfter);
            keys[n++] = FeatureHash.Mix(43, w.RunHead);
            keys[n++] = FeatureHash.Mix(44, w.RunFirst);
            keys[n++] = FeatureHash.Mix(53, w.RunCase >> 4, w.RunPlace);
            keys[n++] = FeatureHash.Mix(54, w.RunCase & 3);
        }
        keys[n++] = FeatureHash.Mix(45, w.Case >> 2, w.ShortShape, i == 0 ? 1u : 0u);
        keys[n++] = FeatureHash.Mix(48, w.Case & 3, w.ShortShape, i == 0 ? 1u : 0u);
        keys[n++] = FeatureHash.Mix(51, p1.Case & 3, p1.ShortShape);
        keys[n++] = FeatureHash.Mix(52, n1.Case & 3, n1.ShortShape);
        keys[n++] = FeatureHash.Mix(55, p2.ShortShape, p1.ShortShape, w.ShortShape);
        keys[n++] = FeatureHash.Mix(56, w.ShortShape, n1.ShortShape, n2.ShortShape);
        n = AddBits(57, w.RunGazetteer, keys, n);
        n = AddBits(31, w.Gazetteer, keys, n);
        n = AddBits(32, p1.Gazetteer, keys, n);
        n = AddBits(33, n1.Gazetteer, keys, n);
        return n;
    }

    private static int AddBits(uint template, uint bits, Span<uint> keys, int n)
    {
        while (bits != 0 && n < keys.Length)
        {
            var bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(bits);
            keys[n++] = FeatureHash.Mix(template, bit);
            bits &= bits - 1;
        }
        return n;
    }

    private static ref readonly TokenFeatures At(ReadOnlySpan<TokenFeatures> sentence, int i)
    {
        if ((uint)i < (uint)sentence.Length) return ref sentence[i];
        return ref TokenFeatures.Boundary;
    }
}
