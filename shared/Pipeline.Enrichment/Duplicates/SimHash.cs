using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Enrichment;

/// <summary>
/// 64-bit SimHash (Charikar 2002) over overlapping word 3-shingles of the lower-cased words:
/// texts that share most of their shingles differ in few bits, so a syndicated copy or the same
/// story with a new footer lands within a few bits of the original.
/// </summary>
public static class SimHash
{
    public static ulong Compute(string text)
    {
        // ones[bit]: how many shingles have that bit set. A bit of the fingerprint is set where more
        // than half of them do, which is the sum of +1 and -1 per shingle being positive.
        Span<int> ones = stackalloc int[64];
        // Rolling window of the last three word hashes; no strings are built.
        ulong w1 = 0, w2 = 0;
        var words = 0;
        var shingles = 0;
        // The words are the runs of letters and digits; each is hashed (lower-cased, FNV-1a) in the same pass that finds its end.
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i == text.Length) break;
            var w0 = WordHashSeed;
            for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++) w0 = (w0 ^ char.ToLowerInvariant(text[i])) * WordHashPrime;
            words++;
            if (words >= 3 || words == 1)
            {
                CountOnes(ones, Shingle(w2, w1, w0, words));
                shingles++;
            }
            (w2, w1) = (w1, w0);
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (2 * ones[bit] - shingles > 0) result |= 1UL << bit;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static ulong Shingle(ulong w2, ulong w1, ulong w0, int words) =>
        words < 3 ? Mix(w0) : Mix(w2 * 0x9E3779B97F4A7C15UL ^ w1 * 0xC2B2AE3D27D4EB4FUL ^ w0);

    // Eight bits at a time: each lane of a vector tests one bit of a byte of the hash and counts it.
    private static readonly Vector256<int> LaneBits = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);

    private static void CountOnes(Span<int> ones, ulong hash)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            for (var bit = 0; bit < 64; bit++) ones[bit] += (int)((hash >> bit) & 1);
            return;
        }
        ref var ones0 = ref MemoryMarshal.GetReference(ones);
        for (var b = 0; b < 8; b++)
        {
            var set = Vector256.Equals(Vector256.Create((int)(hash >> (8 * b)) & 0xFF) & LaneBits, LaneBits);
            ref var lanes = ref Unsafe.Add(ref ones0, 8 * b);
            (Vector256.LoadUnsafe(ref lanes) - set).StoreUnsafe(ref lanes);
        }
    }

    private const ulong WordHashSeed = 14695981039346656037UL;
    private const ulong WordHashPrime = 1099511628211UL;

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }
}
