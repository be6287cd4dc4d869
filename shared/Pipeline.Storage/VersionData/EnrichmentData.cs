using Pipeline.Contracts;

namespace Pipeline.Storage.VersionData;

/// <summary>
/// What an enrich version keeps in <see cref="DocumentVersion.Data"/>, already in the public
/// event's shapes so publish copies rather than translates.
/// </summary>
public sealed record EnrichmentData
{
    public double LanguageConfidence { get; init; }
    public IReadOnlyList<PublishedEntity> Entities { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<PublishedCategory> Categories { get; init; } = [];
    public double? Sentiment { get; init; }
    public int WordCount { get; init; }
    public double ReadingTimeMinutes { get; init; }
    public string? Fingerprint { get; init; }
    public string? DuplicateOf { get; init; }
    public string? ClusterId { get; init; }
    public IReadOnlyList<string> NotProduced { get; init; } = [];
}
