namespace Pipeline.Ingest.Watching;

/// <summary>One decision of the watcher about one file, for logs, the console and specifications.</summary>
public sealed record WatchReport(string RelativePath, WatchOutcome Outcome, string? Detail = null);
