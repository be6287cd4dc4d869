namespace Pipeline.Enrichment;

/// <summary>
/// Tags a sentence left to right; each token's features include the two previous tags, and an I-
/// tag can only continue an entity of its own type. Greedy by default: on the development data a
/// beam of 2 to 8 changed no decision, because the trained scores are very peaked.
/// </summary>
internal sealed class SequenceTagger(PerceptronModel model, int beamWidth = 1)
{
    private static readonly Lazy<SequenceTagger> Embedded = new(() =>
    {
        using var stream = EmbeddedData.Open("ner-perceptron.bin.gz");
        return new SequenceTagger(PerceptronModel.Load(stream));
    });

    public static SequenceTagger Instance => Embedded.Value;

    public PerceptronModel Model => model;

    public int[] Tag(IReadOnlyList<Token> tokens, int start, int end) => Tag(FeatureExtractor.Prepare(tokens, start, end));


    public int[] Tag(IReadOnlyList<Token> tokens, int start, int end, GazetteerMatches matches)
    {
        if (beamWidth != 1) return Beam(FeatureExtractor.Prepare(tokens, start, end, matches));
        // The features of a sentence are needed only while it is tagged: they go in a buffer the thread keeps.
        var buffer = t_features;
        if (buffer is null || buffer.Length < end - start) t_features = buffer = new TokenFeatures[Math.Max(end - start, 256)];
        var sentence = buffer.AsSpan(0, end - start);
        FeatureExtractor.Prepare(tokens, start, end, matches, sentence);
        return Greedy(sentence, tokens, start);
    }

    [ThreadStatic] private static TokenFeatures[]? t_features;

    public int[] Tag(TokenFeatures[] sentence) => beamWidth == 1 ? Greedy(sentence, null, 0) : Beam(sentence);

    /// <summary>
    /// Whether token <paramref name="i"/> starts with a lower-case letter or is punctuation. Most tokens of news are such
    /// words far from any name; scoring them is most of the tagger's time, and a plain word after
    /// an O and before another plain word is O in all but a handful of training sentences.
    /// </summary>
    private static bool IsPlain(IReadOnlyList<Token> tokens, int i)
    {
        var c = tokens[i].Text[0];
        return char.IsLower(c) || (!char.IsLetterOrDigit(c) && c is not ('&' or '\''));
    }

    /// <summary>
    /// A name never opens with punctuation ("–", ",") or with "and", "or", "of" or "for": the tagger, having read
    /// many names with "and" inside ("Ministry of Trade and Industry"), would otherwise now and then open one there.
    /// </summary>
    private static bool CannotOpenName(string token) =>
        token is "and" or "or" or "of" or "for" || (!char.IsLetterOrDigit(token[0]) && token[0] is not ('&' or '\'' or '@' or '#'));

    // With the tokens, plain words after an O are skipped (see IsPlain). The context and history keys
    // are scored in one pass, context first, so every class adds its weights in the same order; with
    // the tokens, the word's own keys (the first nine) start from the sums kept for the word
    // (WordScores), the state the pass reaches after them.
    private int[] Greedy(ReadOnlySpan<TokenFeatures> sentence, IReadOnlyList<Token>? tokens, int start)
    {
        var classes = model.Classes.Length;
        var result = new int[sentence.Length];
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxFeatures + FeatureExtractor.HistoryFeatures];
        Span<float> scores = stackalloc float[model.ScoreLength];
        var nextPlain = tokens is not null && sentence.Length > 0 && IsPlain(tokens, start);
        var words = tokens is null ? null : WordScores.For(model);
        for (var i = 0; i < sentence.Length; i++)
        {
            var previous = i > 0 ? result[i - 1] : 0;
            if (tokens is not null)
            {
                var isPlain = nextPlain;
                nextPlain = i + 1 < sentence.Length && IsPlain(tokens, start + i + 1);
                if (previous == 0 && isPlain && (i + 1 == sentence.Length || nextPlain)) continue;
            }
            // The features were made on this thread just now (with the tokens), so the word numbers in them are this thread's.
            int n, from;
            if (words is not null && sentence[i].Word != 0)
            {
                if (!words.TryCopy(sentence[i].Word, scores))
                {
                    scores.Clear();
                    FeatureExtractor.ExtractWord(in sentence[i], keys);
                    model.Score(keys[..FeatureExtractor.WordKeys], scores);
                    words.Keep(sentence[i].Word, scores);
                }
                n = FeatureExtractor.ExtractAroundWord(sentence, i, keys[..FeatureExtractor.MaxFeatures]);
                from = FeatureExtractor.WordKeys;
            }
            else
            {
                scores.Clear();
                n = FeatureExtractor.ExtractContext(sentence, i, keys[..FeatureExtractor.MaxFeatures]);
                from = 0;
            }
            n += FeatureExtractor.ExtractHistory(sentence, i, previous, i > 1 ? result[i - 2] : 0, keys[n..]);
            model.Score(keys[from..n], scores);
            var best = 0;
            var noStart = tokens is not null && CannotOpenName(tokens[start + i].Text);
            for (var c = 1; c < classes; c++)
                if (scores[c] > scores[best] && NerTags.CanFollow(previous, c) && !(noStart && NerTags.IsBegin(c))) best = c;
            result[i] = best;
        }
        return result;
    }

    private int[] Beam(TokenFeatures[] sentence)
    {
        var length = sentence.Length;
        var classes = model.Classes.Length;
        // Beam entry k at position i: its tag, the entry it extends at i - 1, and its total score.
        var tag = new int[length, beamWidth];
        var back = new int[length, beamWidth];
        var score = new float[beamWidth];
        var size = 1;
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxFeatures];
        Span<float> context = stackalloc float[model.ScoreLength];
        Span<float> scores = stackalloc float[model.ScoreLength];
        Span<(float Score, int From, int Tag)> candidates = stackalloc (float, int, int)[beamWidth * classes];
        for (var i = 0; i < length; i++)
        {
            context.Clear();
            model.Score(keys[..FeatureExtractor.ExtractContext(sentence, i, keys)], context);
            var count = 0;
            for (var k = 0; k < size; k++)
            {
                var previous = i > 0 ? tag[i - 1, k] : 0;
                var previous2 = i > 1 ? tag[i - 2, back[i - 1, k]] : 0;
                context.CopyTo(scores);
                model.Score(keys[..FeatureExtractor.ExtractHistory(sentence, i, previous, previous2, keys)], scores);
                for (var c = 0; c < classes; c++)
                    if (!NerTags.CanFollow(previous, c)) scores[c] = float.NegativeInfinity;
                var normaliser = LogSumExp(scores[..classes]);
                for (var c = 0; c < classes; c++)
                    if (!float.IsNegativeInfinity(scores[c])) candidates[count++] = (score[k] + scores[c] - normaliser, k, c);
            }
            candidates[..count].Sort((a, b) => b.Score.CompareTo(a.Score));
            size = Math.Min(beamWidth, count);
            for (var k = 0; k < size; k++)
            {
                (score[k], back[i, k], tag[i, k]) = candidates[k];
            }
        }
        var result = new int[length];
        for (int i = length - 1, k = 0; i >= 0; k = back[i, k], i--) result[i] = tag[i, k];
        return result;
    }

    // The perceptron is trained one token at a time, so its raw scores only rank the tags of one
    // token; normalising them to log-probabilities over the tags allowed there makes the scores
    // of whole paths comparable.
    private static float LogSumExp(ReadOnlySpan<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0f;
        foreach (var s in scores) sum += MathF.Exp(s - max);
        return max + MathF.Log(sum);
    }
}
