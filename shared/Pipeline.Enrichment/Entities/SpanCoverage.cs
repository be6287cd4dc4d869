namespace Pipeline.Enrichment;

/// <summary>
/// Which characters of a text some span covers, to answer "does any span overlap this one" in
/// time proportional to the asked span's length rather than to the number of spans: a large
/// document has tens of thousands of rule matches and names, and asking each against all of the
/// others was quadratic. The answer is exactly that of
/// <c>spans.Exists(s =&gt; s.Overlaps(start, end))</c>, empty spans included (rule matches and names
/// are never empty, so those go to a short list checked one by one).
/// </summary>
internal sealed class SpanCoverage
{
    private readonly bool[] _covered;
    private readonly List<EntitySpan> _all = [];
    private readonly List<EntitySpan> _empty = [];

    public SpanCoverage(int textLength, IEnumerable<EntitySpan>? spans = null)
    {
        _covered = new bool[textLength + 1];
        if (spans is null) return;
        foreach (var span in spans) Add(span);
    }

    public void Add(EntitySpan span)
    {
        _all.Add(span);
        if (span.End > span.Start) _covered.AsSpan(span.Start, span.End - span.Start).Fill(true);
        else _empty.Add(span);
    }

    /// <summary>Whether a span added so far overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(int start, int end)
    {
        // Two non-empty spans overlap exactly when they share a character; an empty one is asked in full.
        // Loops, not Exists with a lambda: the lambda's closure was made on every call, asked or not.
        if (end <= start) return AnyOverlaps(_all, start, end);
        return _covered.AsSpan(start, end - start).Contains(true) || (_empty.Count > 0 && AnyOverlaps(_empty, start, end));
    }

    private static bool AnyOverlaps(List<EntitySpan> spans, int start, int end)
    {
        foreach (var s in spans)
            if (s.Overlaps(start, end)) return true;
        return false;
    }
}
