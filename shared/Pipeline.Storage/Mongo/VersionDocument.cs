using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using MongoDB.Bson.Serialization.Options;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="DocumentVersion"/> is kept in the <c>versions</c> collection.</summary>
internal sealed class VersionDocument
{
    /// <summary><c>{documentId}:{version}</c>, so the natural key is also the primary key.</summary>
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public string DocumentId { get; set; } = string.Empty;
    public int Version { get; set; }
    public string Stage { get; set; } = string.Empty;
    public int? ParentVersion { get; set; }
    public string Key { get; set; } = string.Empty;
    public string Service { get; set; } = string.Empty;
    public string ServiceVersion { get; set; } = string.Empty;

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime CreatedAt { get; set; }

    public double DurationMs { get; set; }
    public string ContentHash { get; set; } = string.Empty;
    public string? TraceId { get; set; }
    public string? Title { get; set; }

    /// <summary>Inline text; null when it is too large for a document and lives in GridFS instead.</summary>
    public string? Text { get; set; }
    public string? TextBlobId { get; set; }
    public string? Markup { get; set; }

    /// <summary><see cref="DocumentVersion.TextBlob"/>: a streamed text in the <c>originals</c> bucket, written there by ingest.</summary>
    public string? TextBlob { get; set; }
    public long? TextBlobCharacters { get; set; }
    public string? MarkupBlobId { get; set; }

    public string? Language { get; set; }
    public string? BlobId { get; set; }
    public long? BlobLength { get; set; }
    public string? ContentType { get; set; }
    public string? Format { get; set; }
    public string? FileName { get; set; }
    public string? Source { get; set; }

    // An array of {k, v} pairs: metadata keys are free text and may hold dots or dollars.
    [BsonDictionaryOptions(DictionaryRepresentation.ArrayOfDocuments)]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>The stage's structured output, kept as a sub-document so it can be queried.</summary>
    public BsonDocument? Data { get; set; }

    public static string IdOf(string documentId, int version) => $"{documentId}:{version}";
}
