namespace Pipeline.Contracts;

/// <summary>Clean stored a new version holding the article text without boilerplate.</summary>
public sealed record DocumentCleaned
{
    public required string DocumentId { get; init; }
    public required int Version { get; init; }
}
