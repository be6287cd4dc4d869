using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="DocumentRecord"/> is kept in the <c>documents</c> collection.</summary>
internal sealed class DocumentHeadDocument
{
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public string? Source { get; set; }
    public string? FileName { get; set; }
    public string? Title { get; set; }
    public int LatestVersion { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime CreatedAt { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime UpdatedAt { get; set; }
}
