using Pipeline.Storage;

namespace Pipeline.Ingest;

/// <summary>
/// A temporary file the extractor writes a large text into (UTF-8), and from which the text goes to
/// the blob store under the hash of its bytes, so the same text is stored once however often it is made.
/// </summary>
internal static class TextSpool
{
    public const string MediaType = "text/plain; charset=utf-8";

    public static FileStream Create() => TemporaryFile.Create("pipeline-text");

    public static async Task<BlobInfo> SaveAsync(Stream spool, IDocumentStore store, CancellationToken cancellationToken)
    {
        spool.Position = 0;
        var hash = await ContentHash.OfAsync(spool, cancellationToken);
        spool.Position = 0;
        return await store.SaveBlobAsync(ContentHash.Digits(hash), spool, fileName: null, MediaType, cancellationToken);
    }
}
