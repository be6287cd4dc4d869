using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="SourceProfileRecord"/> is kept in the <c>sourceProfiles</c> collection.</summary>
internal sealed class SourceProfileDocument
{
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public long Revision { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime UpdatedAt { get; set; }

    /// <summary>The cleaner's own JSON, kept as a string: it is read and written whole, never queried.</summary>
    public string Json { get; set; } = string.Empty;
}
