using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Enrichment;

/// <summary>
/// Feature key → class weights, as open addressing with linear probing over a dense array of keys,
/// and the weights of each key in a second array. The tagger looks up about forty keys per token
/// and most of them are not in the model (a pruned model keeps the features that matter), so the
/// cost is the probing: 4-byte keys packed sixteen to a cache line keep the key array (a quarter
/// of a megabyte) in the core's own cache, and a miss never touches the weights. Key 0 marks an
/// empty slot, so a real key 0 is stored as 1 (a collision would only merge two features). Keys are
/// placed Robin Hood fashion, so the probe for a missing key ends early.
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    // One bit per value of a key's top 19 bits, set for the keys in the table: 64 KB that stay in
    // the core's first caches. About one key in five that the tagger asks for is not in the model
    // (on the team articles), and nine in ten of those are turned away here without probing the key
    // array, where a missing key walks on until an empty slot or a nearer home stops it.
    private readonly ulong[] _present = new ulong[1 << (FilterBits - 6)];
    private const int FilterBits = 19;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows, float[] weights, int classes)
    {
        ClassCount = classes;
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 3 / 2));
        // The first Window keys again after the last, so a window read at any home slot stays inside the array.
        _keys = new uint[capacity + Window];
        _weights = new float[capacity * classes];
        _mask = capacity - 1;
        // Robin Hood insertion: along a probe run keys sit in order of their home slot, so a lookup
        // of a key that is not there stops as soon as it meets a key nearer its own home.
        var carried = new float[classes];
        var swap = new float[classes];
        foreach (var (key, row) in rows)
        {
            var stored = Stored(key);
            _present[stored >> (32 - FilterBits + 6)] |= 1UL << (int)(stored >> (32 - FilterBits));
            Array.Copy(weights, row * classes, carried, 0, classes);
            var slot = (int)(stored & (uint)_mask);
            for (var distance = 0; ; slot = (slot + 1) & _mask, distance++)
            {
                var resident = _keys[slot];
                if (resident == 0)
                {
                    _keys[slot] = stored;
                    Array.Copy(carried, 0, _weights, slot * classes, classes);
                    break;
                }
                var residentDistance = (int)(((uint)slot - resident) & (uint)_mask);
                if (residentDistance >= distance) continue;
                _keys[slot] = stored;
                Array.Copy(_weights, slot * classes, swap, 0, classes);
                Array.Copy(carried, 0, _weights, slot * classes, classes);
                (carried, swap) = (swap, carried);
                stored = resident;
                distance = residentDistance;
            }
        }
        Array.Copy(_keys, 0, _keys, capacity, Window);
    }

    private const int Window = 8;

    public int ClassCount { get; }

    /// <summary>Adds the weights of each of <paramref name="keys"/> that is a known feature into <paramref name="scores"/>, in order.</summary>
    public void AddTo(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        if (ClassCount == NineClasses && Vector256.IsHardwareAccelerated)
        {
            AddToNine(keys, scores);
            return;
        }
        var classes = ClassCount;
        scores = scores[..classes];
        var mask = (uint)_mask;
        // Slots are masked and rows are whole, so the reads stay inside both arrays without bounds checks.
        ref var keys0 = ref MemoryMarshal.GetArrayDataReference(_keys);
        ref var weights0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var key in keys)
        {
            var stored = Stored(key);
            var slot = stored & mask;
            for (var distance = 0u; ; slot = (slot + 1) & mask, distance++)
            {
                var k = Unsafe.Add(ref keys0, (nint)slot);
                if (k == stored)
                {
                    ref var weights = ref Unsafe.Add(ref weights0, (nint)slot * classes);
                    for (var c = 0; c < scores.Length; c++) scores[c] += Unsafe.Add(ref weights, c);
                    break;
                }
                // An empty slot has distance (slot - 0) & mask, which may be large: test it explicitly.
                if (k == 0 || ((slot - k) & mask) < distance) break;
            }
        }
    }

    private const int NineClasses = 9;

    /// <summary>
    /// <see cref="AddTo"/> for the tagger's nine tags (O and B/I of four types): the sums stay in
    /// registers, eight in one vector and the ninth beside it, instead of going through memory for
    /// every known key. Each class still adds its weights in the order of the keys, so the scores
    /// are the same to the last bit.
    /// </summary>
    private void AddToNine(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        ref var scores0 = ref MemoryMarshal.GetReference(scores[..NineClasses]);
        var first8 = Vector256.LoadUnsafe(ref scores0);
        var ninth = Unsafe.Add(ref scores0, 8);
        var mask = (uint)_mask;
        ref var keys0 = ref MemoryMarshal.GetArrayDataReference(_keys);
        ref var weights0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var present0 = ref MemoryMarshal.GetArrayDataReference(_present);
        foreach (var key in keys)
        {
            var stored = Stored(key);
            if ((Unsafe.Add(ref present0, (nint)(stored >> (32 - FilterBits + 6))) & (1UL << (int)(stored >> (32 - FilterBits)))) == 0) continue;
            var slot = stored & mask;
            // Nearly every key that passes the filter sits within a few slots of its home: one
            // comparison of the eight slots from there finds it without a branch per slot.
            var hits = Vector256.Equals(Vector256.LoadUnsafe(ref Unsafe.Add(ref keys0, (nint)slot)), Vector256.Create(stored)).ExtractMostSignificantBits();
            if (hits != 0)
            {
                slot = (slot + (uint)System.Numerics.BitOperations.TrailingZeroCount(hits)) & mask;
                ref var weights = ref Unsafe.Add(ref weights0, (nint)slot * NineClasses);
                first8 += Vector256.LoadUnsafe(ref weights);
                ninth += Unsafe.Add(ref weights, 8);
                continue;
            }
            for (var distance = 0u; ; slot = (slot + 1) & mask, distance++)
            {
                var k = Unsafe.Add(ref keys0, (nint)slot);
                if (k == stored)
                {
                    ref var weights = ref Unsafe.Add(ref weights0, (nint)slot * NineClasses);
                    first8 += Vector256.LoadUnsafe(ref weights);
                    ninth += Unsafe.Add(ref weights, 8);
                    break;
                }
                if (k == 0 || ((slot - k) & mask) < distance) break;
            }
        }
        first8.StoreUnsafe(ref scores0);
        Unsafe.Add(ref scores0, 8) = ninth;
    }

    private static uint Stored(uint key) => key == 0 ? 1 : key;
}
