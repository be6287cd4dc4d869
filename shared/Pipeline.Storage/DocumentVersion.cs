namespace Pipeline.Storage;

/// <summary>
/// One stored version of a document. Versions are numbered 1, 2, 3… per document in the order
/// they are stored; each names the stage that made it and the version it was made from.
/// </summary>
public sealed record DocumentVersion
{
    public required string DocumentId { get; init; }

    /// <summary>Assigned by the store when the version is appended; ignored on input.</summary>
    public int Version { get; init; }

    /// <summary>ingest, clean or enrich.</summary>
    public required string Stage { get; init; }

    /// <summary>The version this one was made from; null for ingest.</summary>
    public int? ParentVersion { get; init; }

    /// <summary>
    /// Idempotency key, unique per document: a redelivered message computes the same key and gets
    /// the version already stored instead of a second one.
    /// </summary>
    public required string Key { get; init; }

    public required string Service { get; init; }
    public required string ServiceVersion { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public double DurationMs { get; init; }

    /// <summary>sha256 of what this version holds: the original bytes for ingest, the text otherwise.</summary>
    public required string ContentHash { get; init; }

    public string? TraceId { get; init; }

    public string? Title { get; init; }
    public string Text { get; init; } = string.Empty;

    /// <summary>
    /// A text ingest streamed instead of holding it as one string (a large text, Markdown or HTML
    /// file): the blob in the blob store that holds it as UTF-8; <see cref="Text"/> is then empty.
    /// Read either form with <see cref="DocumentTexts.ReadTextAsync"/>.
    /// </summary>
    public string? TextBlob { get; init; }

    /// <summary>The length in characters of the text in <see cref="TextBlob"/>.</summary>
    public long? TextBlobCharacters { get; init; }

    /// <summary>Decoded HTML when the source is or carries markup (ingest versions only).</summary>
    public string? Markup { get; init; }

    public string? Language { get; init; }

    /// <summary>The original bytes in the blob store (ingest versions only).</summary>
    public string? BlobId { get; init; }
    public long? BlobLength { get; init; }
    public string? ContentType { get; init; }
    public string? Format { get; init; }
    public string? FileName { get; init; }
    public string? Source { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The stage's structured output as a JSON object (entities, removed blocks, …).</summary>
    public string? Data { get; init; }
}
