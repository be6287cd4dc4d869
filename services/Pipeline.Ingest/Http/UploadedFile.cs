namespace Pipeline.Ingest.Http;

/// <summary>One file of a <c>POST /documents</c>: its name, the media type its sender claims, and its bytes spooled to disk.</summary>
internal sealed record UploadedFile(string FileName, string? ContentType, SpooledFile File) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => File.DisposeAsync();
}
