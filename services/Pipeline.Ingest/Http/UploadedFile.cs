namespace Pipeline.Ingest.Http;

/// <summary>
/// One file of a <c>POST /documents</c>: its name, the media type its sender claims, and its bytes
/// spooled to a temporary file (deleted when disposed) with their length and SHA-256.
/// </summary>
internal sealed record UploadedFile(string FileName, string? ContentType, FileStream Spool, long Length, string Hash) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Spool.DisposeAsync();
}
