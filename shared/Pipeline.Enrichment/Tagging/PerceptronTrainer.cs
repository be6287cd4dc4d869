namespace Pipeline.Enrichment;

/// <summary>
/// Trains the averaged perceptron (Collins 2002) the way the tagger decodes: greedily, left to
/// right, with the tags it predicted itself as history, so training sees its own mistakes.
/// Weights are averaged over every step, which is what makes a perceptron generalise.
/// </summary>
internal sealed class PerceptronTrainer(string[] classes)
{
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _step;

    public record struct Example(TokenFeatures[] Sentence, int[] Gold);

    /// <summary>Runs the epochs over shuffled examples; reports the token accuracy of each epoch.</summary>
    public void Train(IReadOnlyList<Example> examples, int epochs, int seed, Action<int, double>? progress = null)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<uint> context = stackalloc uint[FeatureExtractor.MaxFeatures];
        Span<uint> history = stackalloc uint[8];
        var scores = new float[classes.Length];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var (sentence, gold) = examples[index];
                var predicted = new int[sentence.Length];
                for (var i = 0; i < sentence.Length; i++)
                {
                    _step++;
                    var c = FeatureExtractor.ExtractContext(sentence, i, context);
                    var h = FeatureExtractor.ExtractHistory(sentence, i, i > 0 ? predicted[i - 1] : 0, i > 1 ? predicted[i - 2] : 0, history);
                    var guess = Predict(context[..c], history[..h], i > 0 ? predicted[i - 1] : 0, scores);
                    if (guess != gold[i])
                    {
                        Update(context[..c], gold[i], guess);
                        Update(history[..h], gold[i], guess);
                    }
                    else correct++;
                    predicted[i] = guess;
                    total++;
                }
            }
            progress?.Invoke(epoch, (double)correct / Math.Max(1, total));
        }
    }

    /// <summary>The averaged weights; features whose weights all stay below <paramref name="prune"/> are left out.</summary>
    public PerceptronModel Build(float prune)
    {
        var n = classes.Length;
        var rows = new Dictionary<uint, int>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows)
        {
            var averaged = new float[n];
            for (var c = 0; c < n; c++)
            {
                var at = row * n + c;
                averaged[c] = (float)((_totals[at] + (double)(_step - _stamps[at]) * _weights[at]) / _step);
            }
            if (averaged.All(w => Math.Abs(w) < prune)) continue;
            rows[key] = rows.Count;
            weights.AddRange(averaged);
        }
        return new PerceptronModel(classes, rows, weights.ToArray());
    }

    private int Predict(ReadOnlySpan<uint> context, ReadOnlySpan<uint> history, int previous, float[] scores)
    {
        Array.Clear(scores);
        Add(context, scores);
        Add(history, scores);
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (NerTags.CanFollow(previous, c) && (scores[c] > scores[best] || !NerTags.CanFollow(previous, best))) best = c;
        return best;
    }

    private void Add(ReadOnlySpan<uint> keys, float[] scores)
    {
        foreach (var key in keys)
        {
            if (!_rows.TryGetValue(key, out var row)) continue;
            for (var c = 0; c < scores.Length; c++) scores[c] += _weights[row * scores.Length + c];
        }
    }

    private void Update(ReadOnlySpan<uint> keys, int gold, int guess)
    {
        foreach (var key in keys)
        {
            var row = RowOf(key);
            Change(row * classes.Length + gold, 1);
            Change(row * classes.Length + guess, -1);
        }
    }

    private void Change(int at, float delta)
    {
        _totals[at] += (double)(_step - _stamps[at]) * _weights[at];
        _stamps[at] = _step;
        _weights[at] += delta;
    }

    private int RowOf(uint key)
    {
        if (_rows.TryGetValue(key, out var row)) return row;
        row = _rows.Count;
        _rows[key] = row;
        var needed = (row + 1) * classes.Length;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _totals, _totals.Length * 2);
            Array.Resize(ref _stamps, _stamps.Length * 2);
        }
        return row;
    }
}
