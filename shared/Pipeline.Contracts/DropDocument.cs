using System.Text.Json.Serialization;

namespace Pipeline.Contracts;

/// <summary>
/// A file dropped into the ingest queue. On the wire it is a plain AMQP message whose body is the
/// file's bytes; the headers carry the rest (see README, "Dropping files").
/// </summary>
public sealed record DropDocument
{
    public required string FileName { get; init; }

    /// <summary>The media type the dropper claims; only a hint, ingest sniffs the bytes.</summary>
    public string? ContentType { get; init; }

    /// <summary>Where the file came from (a URL, a folder, a client name); part of its identity.</summary>
    public string? Source { get; init; }

    /// <summary>An explicit, stable document id chosen by the dropper; overrides the derived identity.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// Set when the file is already in the store's blob store under this id (its SHA-256 in hex)
    /// and the message carries only the reference, with an empty body: how <c>POST /documents</c>
    /// hands files to ingest, so a 100 MB upload never travels or sits in memory whole.
    /// </summary>
    public string? BlobId { get; init; }

    /// <summary>
    /// The file's bytes. A received drop reads them where the transport put them (for RabbitMQ, the
    /// client's own buffer), so they are only valid while the message is being consumed: copy them
    /// to keep them. Never written as JSON: a fault or an audit record of a drop names the file, it
    /// does not carry a base64 copy of it.
    /// </summary>
    [JsonIgnore]
    public ReadOnlyMemory<byte> Content { get; init; }
}
