using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="FailureRecord"/> is kept in the <c>failures</c> collection.</summary>
internal sealed class FailureDocument
{
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public string? DocumentId { get; set; }
    public int? Version { get; set; }
    public string Stage { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;
    public string? Source { get; set; }
    public string? FileName { get; set; }
    public string? TraceId { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime At { get; set; }
}
