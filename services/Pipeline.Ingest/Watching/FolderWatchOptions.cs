namespace Pipeline.Ingest.Watching;

/// <summary>How a folder is watched.</summary>
public sealed record FolderWatchOptions
{
    public required string Directory { get; init; }

    /// <summary>Larger files are reported and skipped: ingest would refuse them, and the broker may not take them.</summary>
    public long MaxFileBytes { get; init; } = IngestOptions.DefaultMaxDocumentBytes;

    /// <summary>How long a file must keep the same length and write time before it is dropped.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When to try again a file whose drop failed.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The file, inside the folder, that remembers what was dropped (hidden, so never dropped itself).</summary>
    public const string StateFileName = ".pipeline-watch.json";
}
