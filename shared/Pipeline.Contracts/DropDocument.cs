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

    public required byte[] Content { get; init; }
}
