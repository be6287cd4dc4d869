using System.Buffers;
using System.Security.Cryptography;

namespace Pipeline.Ingest.Http;

/// <summary>
/// Copies an uploaded file to a temporary file, 64 KB at a time, hashing it on the way and reading
/// no further than the limit: a 100 MB upload costs one buffer, not 100 MB, in the service.
/// </summary>
internal static class SpooledBody
{
    private const int ChunkBytes = 1 << 16;

    public static async Task<UploadedFile> ReadAsync(Stream body, string fileName, string? contentType, long? length, long limit, CancellationToken cancellationToken)
    {
        var what = $"The file '{fileName}'";
        if (length > limit) throw TooLarge(what, length.Value, limit);
        var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"pipeline-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, ChunkBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                total += read;
                if (total > limit) throw TooLarge(what, total, limit);
                hash.AppendData(buffer, 0, read);
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await spool.FlushAsync(cancellationToken);
            spool.Position = 0;
            return new UploadedFile(fileName, contentType, spool, total, "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()));
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

    private static UploadTooLargeException TooLarge(string what, long length, long limit) =>
        new($"{what} has {(length > limit ? "more than " : "")}{Math.Min(length, limit):N0} bytes; the limit is {limit:N0} (PIPELINE_MAX_DOCUMENT_BYTES).");
}
