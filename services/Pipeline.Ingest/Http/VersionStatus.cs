namespace Pipeline.Ingest.Http;

/// <summary>One stored version: which stage made it from which version, when, how fast, and which service.</summary>
public sealed record VersionStatus(int Version, string Stage, int? ParentVersion, DateTimeOffset CreatedAt, double Milliseconds, string Service, IReadOnlyList<string> Events);
