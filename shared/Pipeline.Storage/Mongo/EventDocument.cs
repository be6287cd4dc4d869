using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="PublishedEvent"/> is kept in the <c>events</c> collection.</summary>
internal sealed class EventDocument
{
    /// <summary><c>{documentId}:{version}:{event}</c>: recording the same event twice hits the primary key.</summary>
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public string DocumentId { get; set; } = string.Empty;
    public int Version { get; set; }
    public string Event { get; set; } = string.Empty;
    public Guid MessageId { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime At { get; set; }

    public static string IdOf(string documentId, int version, string eventName) => $"{documentId}:{version}:{eventName}";
}
