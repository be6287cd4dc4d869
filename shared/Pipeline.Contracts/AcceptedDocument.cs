namespace Pipeline.Contracts;

/// <summary>One document of a drop: its id, its ingest version, and whether the drop changed it.</summary>
public sealed record AcceptedDocument(string DocumentId, int Version, bool Changed);
