namespace Pipeline.Ingest.Http;

/// <summary>
/// Reads a part of a body of unknown length (a multipart form field) into one array, never past a
/// limit: the bytes arrive in 1 MiB chunks, so a growing buffer is never copied over and over, and
/// are joined once at the end. Files do not come this way: <see cref="FileSpool"/> copies them to disk.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkBytes = 1 << 20;

    public static async Task<byte[]> ReadAsync(Stream body, long limit, string what, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        long total = 0;
        while (true)
        {
            var chunk = new byte[ChunkBytes];
            var read = await body.ReadAtLeastAsync(chunk, ChunkBytes, throwOnEndOfStream: false, cancellationToken);
            total += read;
            if (total > limit) throw TooLarge(what, total, limit);
            if (read > 0) chunks.Add(read == ChunkBytes ? chunk : chunk[..read]);
            if (read < ChunkBytes) break;
        }
        var whole = new byte[total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(whole, offset);
            offset += chunk.Length;
        }
        return whole;
    }

    private static UploadTooLargeException TooLarge(string what, long length, long limit) =>
        new($"{what} has {(length > limit + ChunkBytes ? "more than " : "")}{Math.Min(length, limit + ChunkBytes):N0} bytes; the limit is {limit:N0} (PIPELINE_MAX_DOCUMENT_BYTES).");
}
