namespace Pipeline.Contracts;

/// <summary>A stage gave up on a document; the same facts are kept as a failure record in the store.</summary>
public sealed record DocumentFailed
{
    /// <summary>Null when the input was too broken to name a document (e.g. a drop without a body).</summary>
    public string? DocumentId { get; init; }
    public int? Version { get; init; }
    public required string Stage { get; init; }
    /// <summary>A short machine-readable code, e.g. <c>empty</c>, <c>unsupported-format</c>, <c>too-large</c>.</summary>
    public required string Code { get; init; }
    public required string Reason { get; init; }
    public string? Source { get; init; }
    public string? FileName { get; init; }
    public string? TraceId { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
