namespace Pipeline.Ingest.Http;

/// <summary>A stage that gave up on the document, as the failure record keeps it.</summary>
public sealed record FailureStatus(string Stage, int? Version, string Code, string Reason, DateTimeOffset At, string? TraceId);
