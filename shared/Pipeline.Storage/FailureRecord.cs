namespace Pipeline.Storage;

/// <summary>A stage gave up on an input. Keyed by <see cref="Id"/> so recording it twice keeps one.</summary>
public sealed record FailureRecord
{
    public required string Id { get; init; }
    public string? DocumentId { get; init; }
    public int? Version { get; init; }
    public required string Stage { get; init; }
    public required string Code { get; init; }
    public required string Reason { get; init; }
    public string? Source { get; init; }
    public string? FileName { get; init; }
    public string? TraceId { get; init; }
    public required DateTimeOffset At { get; init; }
}
