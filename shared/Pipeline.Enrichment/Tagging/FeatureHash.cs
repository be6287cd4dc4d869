namespace Pipeline.Enrichment;

/// <summary>
/// 32-bit feature keys computed without building feature strings: a template number mixed with
/// the hashes of the values it combines. Collisions are rare enough at a few hundred thousand
/// features to cost nothing measurable.
/// </summary>
internal static class FeatureHash
{
    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    public static uint Mix(uint template, uint a) => Finish(template * 0x9E3779B1u ^ a);

    public static uint Mix(uint template, uint a, uint b) => Finish(Mix(template, a) * 0x85EBCA77u ^ b);

    public static uint Mix(uint template, uint a, uint b, uint c) => Finish(Mix(template, a, b) * 0xC2B2AE3Du ^ c);

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h;
    }
}
