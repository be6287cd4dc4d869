namespace Pipeline.Storage;

/// <summary>The head of a document: its identity and where its history stands.</summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public string? Source { get; init; }
    public string? FileName { get; init; }
    public string? Title { get; init; }
    public int LatestVersion { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
