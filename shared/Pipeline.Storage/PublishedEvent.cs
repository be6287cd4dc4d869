namespace Pipeline.Storage;

/// <summary>An event that announced a version went out; recorded so a redelivery does not send it again.</summary>
public sealed record PublishedEvent(string DocumentId, int Version, string EventName, Guid MessageId, DateTimeOffset At);
