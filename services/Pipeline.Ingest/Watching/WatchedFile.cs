namespace Pipeline.Ingest.Watching;

/// <summary>
/// A new or changed file ready to drop: its path inside the folder (its drop name) and a copy of
/// its bytes as they were hashed (so a file that changes while it is dropped cannot send one
/// version's bytes under another's hash). The watcher disposes the copy after the drop.
/// </summary>
public sealed record WatchedFile(string RelativePath, SpooledFile Content)
{
    public string ContentHash => Content.Hash;

    /// <summary>The bytes in memory, for droppers that must send them whole (an AMQP body).</summary>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken)
    {
        var bytes = new byte[Content.Length];
        Content.Stream.Position = 0;
        await Content.Stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
