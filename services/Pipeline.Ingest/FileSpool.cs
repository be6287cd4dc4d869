using System.Buffers;
using System.Security.Cryptography;
using Pipeline.Storage;

namespace Pipeline.Ingest;

/// <summary>
/// A copy of an incoming file in a temporary file (gone when disposed, see <see cref="TemporaryFile"/>), with its length and
/// SHA-256: what <c>POST /documents</c> and the watched folder hand to the blob store, so that a
/// 100 MB file costs one 64 KB buffer in the service, and the bytes stored are exactly the bytes hashed.
/// </summary>
public sealed class SpooledFile : IAsyncDisposable
{
    internal SpooledFile(FileStream stream, long length, string hash) => (Stream, Length, Hash) = (stream, length, hash);

    /// <summary>The copy, readable and seekable; positioned at its start when handed out.</summary>
    public FileStream Stream { get; }
    public long Length { get; }

    /// <summary><c>sha256:</c> and the hex digits of the bytes.</summary>
    public string Hash { get; }

    /// <summary>
    /// Stores the copy in the blob store under its hash, for a drop that names it; null for an
    /// empty file, which goes as it is, for ingest to refuse.
    /// </summary>
    public async Task<string?> StageAsync(IDocumentStore store, string? fileName, string? contentType, CancellationToken cancellationToken) =>
        Length == 0 ? null : (await store.SaveBlobAsync(ContentHash.Digits(Hash), Stream, fileName, contentType, cancellationToken)).Id;

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}

internal static class FileSpool
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>Copies <paramref name="source"/> 64 KB at a time, hashing on the way; reads no more than <paramref name="limit"/> bytes.</summary>
    /// <param name="tooLarge">The exception for a source that turns out longer than the limit, given the bytes read so far.</param>
    public static async Task<SpooledFile> CopyAsync(Stream source, long limit, Func<long, Exception> tooLarge, CancellationToken cancellationToken)
    {
        var spool = TemporaryFile.Create("pipeline-spool");
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                total += read;
                if (total > limit) throw tooLarge(total);
                hash.AppendData(buffer, 0, read);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await spool.FlushAsync(cancellationToken);
            spool.Position = 0;
            return new SpooledFile(spool, total, "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
