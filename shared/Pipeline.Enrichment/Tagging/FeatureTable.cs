namespace Pipeline.Enrichment;

/// <summary>
/// Feature key → weight row, as an open-addressing table with linear probing: the tagger looks up
/// about forty keys per token, and a flat array of keys is several times faster than a
/// Dictionary for that. Key 0 marks an empty slot, so a real key 0 is stored as 1 (no feature
/// hashes to 0 or 1 in practice; a collision would only merge two features).
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _keys = new uint[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Slot(Stored(key));
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = Stored(key);
            _rows[slot] = row;
        }
    }

    public bool TryGetRow(uint key, out int row)
    {
        var stored = Stored(key);
        for (var slot = Slot(stored); ; slot = (slot + 1) & _mask)
        {
            var k = _keys[slot];
            if (k == stored) { row = _rows[slot]; return true; }
            if (k == 0) { row = -1; return false; }
        }
    }

    private static uint Stored(uint key) => key == 0 ? 1 : key;

    // Keys are already well-mixed hashes, so their low bits index the table directly.
    private int Slot(uint key) => (int)(key & (uint)_mask);
}
