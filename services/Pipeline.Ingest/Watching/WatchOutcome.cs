namespace Pipeline.Ingest.Watching;

/// <summary>What the watcher did with a file that settled.</summary>
public enum WatchOutcome
{
    /// <summary>New or changed content: dropped, and remembered.</summary>
    Dropped,

    /// <summary>The content it dropped before (perhaps touched, or copied over with the same bytes): nothing sent.</summary>
    Unchanged,

    /// <summary>Above the size limit: not read, not sent, remembered so it is reported once until it changes.</summary>
    TooLarge,

    /// <summary>The drop failed (broker unreachable…): the file is tried again later.</summary>
    Failed,
}
