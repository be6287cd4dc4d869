namespace Pipeline.Ingest.Watching;

/// <summary>What the watcher remembers of a file: how it looked, its hash, and what it did with it.</summary>
public sealed record WatchedEntry(long Length, DateTime LastWriteUtc, string? ContentHash, WatchOutcome Outcome, DateTimeOffset At)
{
    public FileStamp Stamp => new(Length, LastWriteUtc);
}
