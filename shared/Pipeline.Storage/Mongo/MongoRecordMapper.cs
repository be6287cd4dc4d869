using System.Text.Json;
using MongoDB.Bson;

namespace Pipeline.Storage.Mongo;

/// <summary>Between the store's records and their BSON persistence types.</summary>
internal static class MongoRecordMapper
{
    public static VersionDocument ToDocument(DocumentVersion version) => new()
    {
        Id = VersionDocument.IdOf(version.DocumentId, version.Version),
        DocumentId = version.DocumentId,
        Version = version.Version,
        Stage = version.Stage,
        ParentVersion = version.ParentVersion,
        Key = version.Key,
        Service = version.Service,
        ServiceVersion = version.ServiceVersion,
        CreatedAt = version.CreatedAt.UtcDateTime,
        DurationMs = version.DurationMs,
        ContentHash = version.ContentHash,
        TraceId = version.TraceId,
        Title = version.Title,
        Text = version.Text,
        Markup = version.Markup,
        TextBlob = version.TextBlob,
        TextBlobCharacters = version.TextBlobCharacters,
        Language = version.Language,
        BlobId = version.BlobId,
        BlobLength = version.BlobLength,
        ContentType = version.ContentType,
        Format = version.Format,
        FileName = version.FileName,
        Source = version.Source,
        Metadata = version.Metadata.Count == 0 ? null : new Dictionary<string, string>(version.Metadata),
        Data = version.Data is null ? null : BsonDocument.Parse(version.Data),
    };

    public static DocumentVersion ToRecord(VersionDocument document, string? text = null, string? markup = null) => new()
    {
        DocumentId = document.DocumentId,
        Version = document.Version,
        Stage = document.Stage,
        ParentVersion = document.ParentVersion,
        Key = document.Key,
        Service = document.Service,
        ServiceVersion = document.ServiceVersion,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(document.CreatedAt, DateTimeKind.Utc)),
        DurationMs = document.DurationMs,
        ContentHash = document.ContentHash,
        TraceId = document.TraceId,
        Title = document.Title,
        Text = text ?? document.Text ?? string.Empty,
        Markup = markup ?? document.Markup,
        TextBlob = document.TextBlob,
        TextBlobCharacters = document.TextBlobCharacters,
        Language = document.Language,
        BlobId = document.BlobId,
        BlobLength = document.BlobLength,
        ContentType = document.ContentType,
        Format = document.Format,
        FileName = document.FileName,
        Source = document.Source,
        Metadata = document.Metadata ?? new Dictionary<string, string>(),
        Data = document.Data is null ? null : ToJson(document.Data),
    };

    public static DocumentRecord ToRecord(DocumentHeadDocument head) => new()
    {
        Id = head.Id,
        Source = head.Source,
        FileName = head.FileName,
        Title = head.Title,
        LatestVersion = head.LatestVersion,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(head.CreatedAt, DateTimeKind.Utc)),
        UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(head.UpdatedAt, DateTimeKind.Utc)),
    };

    public static EventDocument ToDocument(PublishedEvent published) => new()
    {
        Id = EventDocument.IdOf(published.DocumentId, published.Version, published.EventName),
        DocumentId = published.DocumentId,
        Version = published.Version,
        Event = published.EventName,
        MessageId = published.MessageId,
        At = published.At.UtcDateTime,
    };

    public static PublishedEvent ToRecord(EventDocument document) =>
        new(document.DocumentId, document.Version, document.Event, document.MessageId, new DateTimeOffset(DateTime.SpecifyKind(document.At, DateTimeKind.Utc)));

    public static FingerprintDocument ToDocument(FingerprintRecord record, long sequence) => new()
    {
        Id = FingerprintDocument.IdOf(record.DocumentId, record.Version),
        Sequence = sequence,
        DocumentId = record.DocumentId,
        Version = record.Version,
        Fingerprint = unchecked((long)record.Fingerprint),
        ClusterId = record.ClusterId,
        DuplicateOf = record.DuplicateOf,
        Distance = record.Distance,
        CreatedAt = DateTime.UtcNow,
    };

    public static FingerprintRecord ToRecord(FingerprintDocument document) => new()
    {
        DocumentId = document.DocumentId,
        Version = document.Version,
        Fingerprint = unchecked((ulong)document.Fingerprint),
        ClusterId = document.ClusterId,
        DuplicateOf = document.DuplicateOf,
        Distance = document.Distance,
        Sequence = document.Sequence,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(document.CreatedAt, DateTimeKind.Utc)),
    };

    public static FailureDocument ToDocument(FailureRecord failure) => new()
    {
        Id = failure.Id,
        DocumentId = failure.DocumentId,
        Version = failure.Version,
        Stage = failure.Stage,
        Code = failure.Code,
        Reason = failure.Reason,
        Source = failure.Source,
        FileName = failure.FileName,
        TraceId = failure.TraceId,
        At = failure.At.UtcDateTime,
    };

    public static FailureRecord ToRecord(FailureDocument failure) => new()
    {
        Id = failure.Id,
        DocumentId = failure.DocumentId,
        Version = failure.Version,
        Stage = failure.Stage,
        Code = failure.Code,
        Reason = failure.Reason,
        Source = failure.Source,
        FileName = failure.FileName,
        TraceId = failure.TraceId,
        At = new DateTimeOffset(DateTime.SpecifyKind(failure.At, DateTimeKind.Utc)),
    };

    /// <summary>
    /// Back to plain JSON: BSON numbers come out as JSON numbers and nested documents as objects,
    /// so <c>Data</c> reads the same from either store.
    /// </summary>
    private static string ToJson(BsonDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            Write(writer, document);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, BsonValue value)
    {
        switch (value.BsonType)
        {
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var element in value.AsBsonDocument)
                {
                    writer.WritePropertyName(element.Name);
                    Write(writer, element.Value);
                }
                writer.WriteEndObject();
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsBsonArray) Write(writer, item);
                writer.WriteEndArray();
                break;
            case BsonType.String: writer.WriteStringValue(value.AsString); break;
            case BsonType.Int32: writer.WriteNumberValue(value.AsInt32); break;
            case BsonType.Int64: writer.WriteNumberValue(value.AsInt64); break;
            case BsonType.Double: writer.WriteNumberValue(value.AsDouble); break;
            case BsonType.Decimal128: writer.WriteNumberValue((decimal)value.AsDecimal128); break;
            case BsonType.Boolean: writer.WriteBooleanValue(value.AsBoolean); break;
            case BsonType.Null: writer.WriteNullValue(); break;
            case BsonType.DateTime: writer.WriteStringValue(value.ToUniversalTime()); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
