namespace Pipeline.Enrichment;

/// <summary>
/// Feature key → class weights, as open addressing with linear probing over a dense array of keys,
/// and the weights of each key in a second array. The tagger looks up about forty keys per token
/// and most of them are not in the model (a pruned model keeps the features that matter), so the
/// cost is the probing: 4-byte keys packed sixteen to a cache line keep the key array (a quarter
/// of a megabyte) in the core's own cache, and a miss never touches the weights. Key 0 marks an
/// empty slot, so a real key 0 is stored as 1 (a collision would only merge two features).
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows, float[] weights, int classes)
    {
        ClassCount = classes;
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 3 / 2));
        _keys = new uint[capacity];
        _weights = new float[capacity * classes];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var stored = Stored(key);
            var slot = (int)(stored & (uint)_mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = stored;
            Array.Copy(weights, row * classes, _weights, slot * classes, classes);
        }
    }

    public int ClassCount { get; }

    /// <summary>Adds the weights of <paramref name="key"/>, if it is a known feature, into <paramref name="scores"/>.</summary>
    public void AddTo(uint key, Span<float> scores)
    {
        var stored = Stored(key);
        var keys = _keys;
        for (var slot = (int)(stored & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var k = keys[slot];
            if (k == 0) return;
            if (k != stored) continue;
            var weights = _weights.AsSpan(slot * ClassCount, ClassCount);
            for (var c = 0; c < weights.Length; c++) scores[c] += weights[c];
            return;
        }
    }

    private static uint Stored(uint key) => key == 0 ? 1 : key;
}
