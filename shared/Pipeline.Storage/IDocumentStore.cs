namespace Pipeline.Storage;

/// <summary>
/// Documents, their versions, original bytes and failures. Every write is idempotent: a version is
/// keyed by (document, key), a blob by its content hash, a failure by its id.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Creates tables, collections and indexes; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores bytes under <paramref name="id"/> unless a blob with that id exists. Streams; never buffers the whole content.</summary>
    Task<BlobInfo> SaveBlobAsync(string id, Stream content, string? fileName, string? contentType, CancellationToken cancellationToken = default);

    Task<BlobInfo?> GetBlobInfoAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading; the caller disposes the stream. Null when absent.</summary>
    Task<Stream?> OpenBlobAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the next version of the document, numbering it after the latest one, unless a version
    /// with the same key exists: then that version is returned with <c>Created = false</c>.
    /// </summary>
    Task<AppendResult> AppendVersionAsync(DocumentVersion draft, CancellationToken cancellationToken = default);

    Task<DocumentVersion?> GetVersionAsync(string documentId, int version, CancellationToken cancellationToken = default);

    /// <summary>The newest version made by <paramref name="stage"/>, or the newest of all when null.</summary>
    Task<DocumentVersion?> GetLatestVersionAsync(string documentId, string? stage = null, CancellationToken cancellationToken = default);

    /// <summary>All versions of a document, oldest first.</summary>
    Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="published"/> went out. False when it was already recorded.</summary>
    Task<bool> RecordPublishedEventAsync(PublishedEvent published, CancellationToken cancellationToken = default);

    Task<bool> IsEventPublishedAsync(string documentId, int version, string eventName, CancellationToken cancellationToken = default);

    /// <summary>The events published for a document's versions, oldest first.</summary>
    Task<IReadOnlyList<PublishedEvent>> GetPublishedEventsAsync(string documentId, CancellationToken cancellationToken = default);

    Task<DocumentRecord?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Documents, most recently updated first.</summary>
    Task<IReadOnlyList<DocumentRecord>> ListDocumentsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Keeps the failure unless one with the same id exists; true when this call kept it.</summary>
    Task<bool> RecordFailureAsync(FailureRecord failure, CancellationToken cancellationToken = default);

    /// <summary>Failures, newest first.</summary>
    Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The failures recorded for one document, newest first (what <c>GET /documents/{id}</c> shows).</summary>
    Task<IReadOnlyList<FailureRecord>> GetFailuresAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a fingerprint unless one exists for the same document and version; returns the stored
    /// record either way (so a redelivery gets the first decision back), with its sequence.
    /// </summary>
    Task<FingerprintRecord> SaveFingerprintAsync(FingerprintRecord record, CancellationToken cancellationToken = default);

    /// <summary>Fingerprints with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    Task<IReadOnlyList<FingerprintRecord>> GetFingerprintsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    Task<SourceProfileRecord?> GetSourceProfileAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a source's profile as revision <paramref name="expectedRevision"/> + 1, if the stored
    /// revision is still <paramref name="expectedRevision"/> (0: none stored yet). False when another
    /// writer got there first; the caller reloads and tries again.
    /// </summary>
    Task<bool> SaveSourceProfileAsync(string source, string json, long expectedRevision, CancellationToken cancellationToken = default);
}
