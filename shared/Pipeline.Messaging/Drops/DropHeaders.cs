namespace Pipeline.Messaging.Drops;

/// <summary>
/// AMQP headers of a file dropped into <see cref="QueueNames.Ingest"/>. The body is the file's
/// bytes; everything else is optional but <see cref="FileName"/> is strongly advised.
/// </summary>
public static class DropHeaders
{
    /// <summary>The file's name, e.g. <c>report.html</c>; part of the document's identity.</summary>
    public const string FileName = "file-name";

    /// <summary>The file's media type; the AMQP <c>content_type</c> property is read when this is absent.</summary>
    public const string ContentType = "content-type";

    /// <summary>Where the file comes from (a URL, a folder, a client name); part of the document's identity.</summary>
    public const string Source = "source";

    /// <summary>An explicit document id, for droppers that track identity themselves.</summary>
    public const string DocumentId = "document-id";

    /// <summary>
    /// A file already staged in the store's blob store (SHA-256 hex digits of its bytes); the body
    /// is then empty. Droppers that share the store (the ingest service's <c>POST /documents</c>)
    /// use it so large files travel by reference.
    /// </summary>
    public const string BlobId = "blob-id";

    /// <summary>A W3C trace context; ingest links its span to it.</summary>
    public const string TraceParent = "traceparent";
}
