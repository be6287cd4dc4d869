using System.IO.Hashing;
using System.Text;

namespace Pipeline.Enrichment;

/// <summary>64-bit SimHash over word 3-shingles: near-copies differ in few bits.</summary>
public static class SimHash
{
    public static ulong Compute(string text)
    {
        var words = TextStatistics.WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Length || (i == 0 && words.Length > 0); i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(3));
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(shingle));
            for (var bit = 0; bit < 64; bit++) weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            if (words.Length < 3) break;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (weights[bit] > 0) result |= 1UL << bit;
        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
