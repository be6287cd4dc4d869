using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>How a <see cref="FingerprintRecord"/> is kept in the <c>fingerprints</c> collection.</summary>
internal sealed class FingerprintDocument
{
    /// <summary><c>{documentId}:{version}</c>: saving the same fingerprint twice hits the primary key.</summary>
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public long Sequence { get; set; }
    public string DocumentId { get; set; } = string.Empty;
    public int Version { get; set; }

    /// <summary>The 64 bits as a signed 64-bit integer, which BSON holds exactly.</summary>
    public long Fingerprint { get; set; }

    public string ClusterId { get; set; } = string.Empty;
    public string? DuplicateOf { get; set; }
    public int Distance { get; set; }

    [BsonDateTimeOptions(Kind = DateTimeKind.Utc)]
    public DateTime CreatedAt { get; set; }

    public static string IdOf(string documentId, int version) => $"{documentId}:{version}";
}
