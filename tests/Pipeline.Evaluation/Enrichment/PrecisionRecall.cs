namespace Pipeline.Evaluation.Enrichment;

/// <summary>Counts of true positives, false positives and false negatives per entity type.</summary>
internal sealed class PrecisionRecall
{
    private readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    public void Add<T>(ISet<T> gold, ISet<T> predicted, Func<T, string> typeOf)
    {
        foreach (var item in predicted) Count(typeOf(item), gold.Contains(item) ? (1, 0, 0) : (0, 1, 0));
        foreach (var item in gold) if (!predicted.Contains(item)) Count(typeOf(item), (0, 0, 1));
    }

    public (double P, double R, double F1) Micro(params string[] types)
    {
        var (tp, fp, fn) = (0, 0, 0);
        foreach (var type in types)
        {
            var c = _counts.GetValueOrDefault(type);
            (tp, fp, fn) = (tp + c.Tp, fp + c.Fp, fn + c.Fn);
        }
        return Score(tp, fp, fn);
    }

    public void Print(TextWriter output, params string[] microTypes)
    {
        output.WriteLine($"{"type",-8} {"P",6} {"R",6} {"F1",6} {"gold",6} {"found",6}");
        foreach (var (type, c) in _counts)
        {
            var (p, r, f) = Score(c.Tp, c.Fp, c.Fn);
            output.WriteLine($"{type,-8} {p,6:F3} {r,6:F3} {f,6:F3} {c.Tp + c.Fn,6} {c.Tp + c.Fp,6}");
        }
        var (mp, mr, mf) = Micro(microTypes);
        output.WriteLine($"{"micro",-8} {mp,6:F3} {mr,6:F3} {mf,6:F3}   ({string.Join('/', microTypes)})");
    }

    private void Count(string type, (int Tp, int Fp, int Fn) add)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Tp + add.Tp, c.Fp + add.Fp, c.Fn + add.Fn);
    }

    private static (double, double, double) Score(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
