namespace Pipeline.Ingest.Http;

/// <summary>A file ingest refused: the code and reason it recorded, and where to look the document up when it has an id.</summary>
public sealed record RefusedFile(string FileName, string Code, string Reason, string? DocumentId, string? Status);
