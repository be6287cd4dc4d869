namespace Pipeline.Contracts;

/// <summary>
/// The public event: one per enriched document version, for any number of downstream subscribers.
/// Field names are flat and documented in README ("The public event"); offsets are UTF-16 code
/// unit positions in <see cref="Text"/>. Bump <see cref="CurrentSchemaVersion"/> on breaking changes.
/// </summary>
public sealed record DocumentPublished
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string DocumentId { get; init; }
    public required int Version { get; init; }
    public required string Source { get; init; }
    public string? FileName { get; init; }
    public required string ContentHash { get; init; }
    public string? ContentType { get; init; }
    public string? Format { get; init; }

    public string? Title { get; init; }
    public string? Standfirst { get; init; }
    public string? Author { get; init; }
    /// <summary>The article's own publication date, ISO 8601, when known.</summary>
    public string? Published { get; init; }
    public string? Dateline { get; init; }
    public string? SiteName { get; init; }
    public string? CanonicalUrl { get; init; }

    public required string Text { get; init; }
    public string? Language { get; init; }
    public double? LanguageConfidence { get; init; }

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

    /// <summary>Fields this document does not carry and why, e.g. entities for an unsupported language.</summary>
    public IReadOnlyList<string> NotProduced { get; init; } = [];

    public IReadOnlyList<StageTiming> StageTimings { get; init; } = [];
    public string? TraceId { get; init; }
    public required DateTimeOffset EmittedAt { get; init; }
}
