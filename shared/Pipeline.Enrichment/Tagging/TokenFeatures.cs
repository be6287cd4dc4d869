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
