namespace Pipeline.Contracts;

/// <summary>Ingest stored a new version holding the original bytes and their extracted text.</summary>
public sealed record DocumentIngested
{
    public required string DocumentId { get; init; }
    public required int Version { get; init; }
}
