namespace Pipeline.Ingest.Watching;

/// <summary>A new or changed file ready to drop: its path inside the folder (its drop name), bytes and hash.</summary>
public sealed record WatchedFile(string RelativePath, ReadOnlyMemory<byte> Content, string ContentHash);
