namespace Pipeline.Storage;

/// <summary>
/// A document's content fingerprint (64-bit SimHash) as enrich computed it from one version, and
/// what it decided: the earlier document it nearly copies, and the cluster it belongs to.
/// <see cref="Sequence"/> is assigned by the store and orders records for readers catching up.
/// </summary>
public sealed record FingerprintRecord
{
    public required string DocumentId { get; init; }

    /// <summary>The version the fingerprint was computed from; with the document id, the record's key.</summary>
    public required int Version { get; init; }

    public required ulong Fingerprint { get; init; }
    public required string ClusterId { get; init; }
    public string? DuplicateOf { get; init; }
    public int Distance { get; init; }
    public long Sequence { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
