namespace Pipeline.Enrichment;

/// <summary>
/// Feature key → class weights, as one flat open-addressing table with linear probing, each slot
/// holding the key and its weights side by side. The tagger looks up about forty keys per token
/// and the cost is memory latency, so one cache line per lookup (instead of a dictionary entry,
/// a row index and a separate weight row) is what makes it fast. Key 0 marks an empty slot, so a
/// real key 0 is stored as 1 (a collision would only merge two features).
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly int _stride;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows, float[] weights, int classes)
    {
        ClassCount = classes;
        _stride = classes + 1;
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 3 / 2));
        _slots = new uint[capacity * _stride];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var stored = Stored(key);
            var slot = (int)(stored & (uint)_mask);
            while (_slots[slot * _stride] != 0) slot = (slot + 1) & _mask;
            _slots[slot * _stride] = stored;
            for (var c = 0; c < classes; c++) _slots[slot * _stride + 1 + c] = BitConverter.SingleToUInt32Bits(weights[row * classes + c]);
        }
    }

    public int ClassCount { get; }

    /// <summary>Adds the weights of <paramref name="key"/>, if it is a known feature, into <paramref name="scores"/>.</summary>
    public void AddTo(uint key, Span<float> scores)
    {
        var stored = Stored(key);
        for (var slot = (int)(stored & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var at = slot * _stride;
            var k = _slots[at];
            if (k == 0) return;
            if (k != stored) continue;
            var weights = _slots.AsSpan(at + 1, ClassCount);
            for (var c = 0; c < weights.Length; c++) scores[c] += BitConverter.UInt32BitsToSingle(weights[c]);
            return;
        }
    }

    private static uint Stored(uint key) => key == 0 ? 1 : key;
}
