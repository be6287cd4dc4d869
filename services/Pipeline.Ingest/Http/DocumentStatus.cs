namespace Pipeline.Ingest.Http;

/// <summary><c>GET /documents/{id}</c>: where a document stands.</summary>
public sealed record DocumentStatus
{
    public required string DocumentId { get; init; }
    public string? Source { get; init; }
    public string? FileName { get; init; }
    public string? Title { get; init; }
    public int LatestVersion { get; init; }

    /// <summary>Whether the public event went out, for which version and when.</summary>
    public bool Published { get; init; }
    public int? PublishedVersion { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    public IReadOnlyList<VersionStatus> Versions { get; init; } = [];
    public IReadOnlyList<FailureStatus> Failures { get; init; } = [];
}
