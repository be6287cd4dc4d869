namespace Pipeline.Enrichment;

/// <summary>Hashes of one token's features, computed once per token and combined per template.</summary>
internal readonly record struct TokenFeatures(
    uint Lower, uint Shape, uint ShortShape, uint Prefix2, uint Prefix3, uint Suffix2, uint Suffix3, uint Suffix4, uint Gazetteer)
{
    /// <summary>For a token in a run of capitalised tokens: its position in the run (capped at 3) and the run's length (capped at 4), packed; 0 outside a run.</summary>
    public uint RunPlace { get; init; }

    /// <summary>For a token in a capitalised run: the lower-cased word just before the run.</summary>
    public uint RunBefore { get; init; }

    /// <summary>For a token in a capitalised run: the lower-cased word just after the run.</summary>
    public uint RunAfter { get; init; }

    /// <summary>For a token in a capitalised run: the run's last word (its head: "Council", "Park").</summary>
    public uint RunHead { get; init; }

    /// <summary>For a token in a capitalised run: the run's first word.</summary>
    public uint RunFirst { get; init; }

    /// <summary>For a token in a capitalised run: <see cref="Case"/> (bits 0-1) of the run's last word, shifted by 4, and of its first word.</summary>
    public uint RunCase { get; init; }

    /// <summary>How an English word list writes the word (1 lower case only, 2 capitalised only, 3 both; 0 unlisted), plus 4 for an English stop word.</summary>
    public uint Case { get; init; }

    /// <summary>For a token in a capitalised run: the name lists that cover any of the run's words (first-word bits).</summary>
    public uint RunGazetteer { get; init; }

    /// <summary>
    /// The thread's number for the word (1 up; 0 for features made without one): the tagger keeps the sums of the
    /// weights of the word's own features under it (<see cref="WordScores"/>). A number, not a reference, so the
    /// features stay plain data that copies without the garbage collector's bookkeeping.
    /// </summary>
    public uint Word { get; init; }

    /// <summary>Stands for the tokens before the start and after the end of a sentence.</summary>
    public static readonly TokenFeatures Boundary = new(1, 1, 1, 1, 1, 1, 1, 1, 0);

    public static TokenFeatures Of(string text, uint gazetteer)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        var word = lower[..LowerInvariant(text.AsSpan(0, lower.Length), lower)];
        return new TokenFeatures(
            FeatureHash.Of(word),
            ShapeHash(text, 3),
            ShapeHash(text, 1),
            FeatureHash.Of(word[..Math.Min(2, word.Length)]),
            FeatureHash.Of(word[..Math.Min(3, word.Length)]),
            FeatureHash.Of(word[Math.Max(0, word.Length - 2)..]),
            FeatureHash.Of(word[Math.Max(0, word.Length - 3)..]),
            FeatureHash.Of(word[Math.Max(0, word.Length - 4)..]),
            gazetteer);
    }

    /// <summary>
    /// The same as <see cref="MemoryExtensions.ToLowerInvariant"/>, without the call into ICU that a
    /// single curly quote or dash costs it: characters of the General Punctuation block have no case.
    /// </summary>
    internal static int LowerInvariant(ReadOnlySpan<char> text, Span<char> lower)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0080') lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            else if (c is >= '\u2000' and <= '\u206F') lower[i] = c;
            else return text.ToLowerInvariant(lower);
        }
        return text.Length;
    }

    /// <summary>"Lavrov" → "Xxxx" (runs capped at <paramref name="run"/>), "2,254" → "d,ddd".</summary>
    private static uint ShapeHash(string text, int run)
    {
        var hash = 2166136261u;
        var last = '\0';
        var repeat = 0;
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            repeat = s == last ? repeat + 1 : 1;
            last = s;
            if (repeat > run) continue;
            hash = (hash ^ s) * 16777619u;
        }
        return hash;
    }
}

/// <summary>
/// The class weights of a word's own features (the bias and templates 2 to 9, the first keys
/// <see cref="FeatureExtractor.ExtractContext"/> writes) summed from zero in key order, for one
/// model and per thread: the tagger starts a token's scores there instead of looking the same nine
/// keys up each time the word comes back. The floats are what the sum of those keys leaves before
/// the next key is added, so the scores are the same to the last bit. A table of 8192 words by
/// <see cref="TokenFeatures.Word"/>: a word whose slot another took is summed again; the number kept
/// in the slot is compared in full, so a slot never answers for another word.
/// </summary>
internal sealed class WordScores
{
    private const int Slots = 8192;
    private readonly uint[] _words = new uint[Slots];
    private readonly float[] _sums;
    private readonly int _classes;
    private readonly PerceptronModel _model;

    private WordScores(PerceptronModel model)
    {
        _model = model;
        _classes = model.ScoreLength;
        _sums = new float[Slots * _classes];
    }

    [ThreadStatic] private static WordScores? t_table;
    [ThreadStatic] private static uint t_next;

    /// <summary>A new number for a word on this thread (never 0; after four billion words the numbers start again and the table is dropped).</summary>
    public static uint Next()
    {
        if (++t_next == 0) { t_table = null; t_next = 1; }
        return t_next;
    }

    /// <summary>The thread's table for <paramref name="model"/> (a new one when the thread last tagged with another).</summary>
    public static WordScores For(PerceptronModel model)
    {
        var table = t_table;
        if (table is null || !ReferenceEquals(table._model, model)) t_table = table = new WordScores(model);
        return table;
    }

    /// <summary>Copies the sums kept for <paramref name="word"/> into <paramref name="scores"/>, if they are kept.</summary>
    public bool TryCopy(uint word, Span<float> scores)
    {
        var slot = (int)(word & (Slots - 1));
        if (_words[slot] != word) return false;
        _sums.AsSpan(slot * _classes, _classes).CopyTo(scores);
        return true;
    }

    /// <summary>Keeps <paramref name="scores"/> (the first <see cref="PerceptronModel.ScoreLength"/>) as the sums of <paramref name="word"/>.</summary>
    public void Keep(uint word, ReadOnlySpan<float> scores)
    {
        var slot = (int)(word & (Slots - 1));
        scores[.._classes].CopyTo(_sums.AsSpan(slot * _classes, _classes));
        _words[slot] = word;
    }
}
