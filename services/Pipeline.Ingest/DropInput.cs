using System.Runtime.InteropServices;
using Pipeline.Contracts;
using Pipeline.Extraction;
using Pipeline.Messaging;
using Pipeline.Storage;

namespace Pipeline.Ingest;

/// <summary>
/// A dropped file as ingest reads it: either the bytes the message carried (read where the
/// transport received them, never copied) or the blob a staged drop names (read from the store as
/// a stream, never whole). Either way the length is known and checked before anything is read.
/// </summary>
internal sealed class DropInput : IAsyncDisposable
{
    private readonly ReadOnlyMemory<byte> _content;
    private readonly IDocumentStore _store;
    private Stream? _blob;

    private DropInput(IDocumentStore store, long length, string hash, ReadOnlyMemory<byte> content, BlobInfo? staged)
    {
        _store = store;
        Length = length;
        Hash = hash;
        _content = content;
        Staged = staged;
    }

    public long Length { get; }

    /// <summary><c>sha256:</c> and the hex digits of the file's bytes.</summary>
    public string Hash { get; }

    /// <summary>The blob a staged drop names; null when the bytes came in the message.</summary>
    public BlobInfo? Staged { get; }

    public static async Task<DropInput> OpenAsync(DropDocument drop, IDocumentStore store, long maxBytes, string documentId, CancellationToken cancellationToken)
    {
        if (drop.BlobId is { } blobId)
        {
            if (!drop.Content.IsEmpty)
                throw new UnprocessableDocumentException("bad-header", $"The drop names a staged blob ('{Messaging.Drops.DropHeaders.BlobId}' header) and carries a body too; send one or the other.") { DocumentId = documentId };
            if (blobId.Length != 64 || !blobId.All(char.IsAsciiHexDigitLower))
                throw new UnprocessableDocumentException("bad-header", $"The '{Messaging.Drops.DropHeaders.BlobId}' header must be the 64 lower-case hex digits of the file's SHA-256, not '{blobId}'.") { DocumentId = documentId };
            var staged = await store.GetBlobInfoAsync(blobId, cancellationToken)
                ?? throw new UnprocessableDocumentException("missing-blob", $"The drop names blob {blobId}, which is not in the store.") { DocumentId = documentId };
            Check(staged.Length, maxBytes, documentId);
            // Staged blobs are content-addressed: their id is the hash of their bytes.
            return new DropInput(store, staged.Length, "sha256:" + blobId, ReadOnlyMemory<byte>.Empty, staged);
        }
        Check(drop.Content.Length, maxBytes, documentId);
        return new DropInput(store, drop.Content.Length, ContentHash.Of(drop.Content.Span), drop.Content, null);
    }

    private static void Check(long length, long maxBytes, string documentId)
    {
        if (length == 0)
            throw new UnprocessableDocumentException(ExtractionErrorCodes.Empty, "The dropped file is empty.") { DocumentId = documentId };
        // Refused before a byte is hashed or stored: the limit protects the store as much as the process.
        if (length > maxBytes)
            throw new UnprocessableDocumentException(ExtractionErrorCodes.TooLarge,
                $"The file has {length:N0} bytes; the limit is {maxBytes:N0} (PIPELINE_MAX_DOCUMENT_BYTES).") { DocumentId = documentId };
    }

    public async Task<ExtractionResult> ExtractAsync(DocumentExtractor extractor, string? fileName, string? contentType, Stream? textSink, CancellationToken cancellationToken)
    {
        if (Staged is null) return extractor.Extract(_content.Span, fileName, contentType, textSink);
        _blob ??= await _store.OpenBlobAsync(Staged.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Blob {Staged.Id} vanished from the store.");
        return extractor.Extract(_blob, Length, fileName, contentType, textSink);
    }

    /// <summary>The original bytes in the blob store: stored now when they came in the message, already there when staged.</summary>
    public async Task<BlobInfo> SaveAsync(string? fileName, string? mediaType, CancellationToken cancellationToken)
    {
        if (Staged is not null) return Staged;
        await using var original = ReadOnlyStream(_content);
        return await _store.SaveBlobAsync(ContentHash.Digits(Hash), original, fileName, mediaType, cancellationToken);
    }

    /// <summary>The received bytes as a stream over the same memory (RabbitMQ's and MassTransit's buffers are arrays).</summary>
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    public async ValueTask DisposeAsync()
    {
        if (_blob is not null) await _blob.DisposeAsync();
    }
}
