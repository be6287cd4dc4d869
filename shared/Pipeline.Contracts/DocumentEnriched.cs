namespace Pipeline.Contracts;

/// <summary>Enrich stored a new version holding language, entities, keywords and summary.</summary>
public sealed record DocumentEnriched
{
    public required string DocumentId { get; init; }
    public required int Version { get; init; }
}
