namespace Pipeline.Cleaning;

/// <summary>The stored form of a <see cref="SourceProfile"/>: fingerprint (hex) to [documents, last seen].</summary>
internal sealed class SourceProfileJson
{
    public int Version { get; init; } = 1;
    public int Capacity { get; init; }
    public int Documents { get; init; }
    public Dictionary<string, int[]> Blocks { get; init; } = [];
}
