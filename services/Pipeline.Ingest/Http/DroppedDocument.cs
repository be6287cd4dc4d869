namespace Pipeline.Ingest.Http;

/// <summary>A document a <c>POST /documents</c> made or found unchanged, and where its status is.</summary>
public sealed record DroppedDocument(string DocumentId, int Version, bool Changed, string Status);
