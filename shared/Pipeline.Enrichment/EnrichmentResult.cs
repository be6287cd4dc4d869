namespace Pipeline.Enrichment;

/// <summary>Everything enrich adds to a document.</summary>
public sealed record EnrichmentResult
{
    /// <summary>ISO 639-1 code, or "und" when the text is too short or mixed to tell.</summary>
    public required string Language { get; init; }
    public double LanguageConfidence { get; init; }
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Keyword> Keywords { get; init; } = [];
    public string Summary { get; init; } = string.Empty;
    public IReadOnlyList<Category> Categories { get; init; } = [];
    public double? Sentiment { get; init; }
    public int WordCount { get; init; }
    public double ReadingTimeMinutes { get; init; }

    /// <summary>64-bit SimHash of the text, for near-duplicate detection.</summary>
    public ulong Fingerprint { get; init; }

    /// <summary>Fields not produced for this document, with the reason, e.g. "entities: language de not supported".</summary>
    public IReadOnlyList<string> NotProduced { get; init; } = [];
}
