namespace Pipeline.Ingest.Http;

/// <summary>One file of a <c>POST /documents</c>: its name, the media type its sender claims, its bytes.</summary>
internal sealed record UploadedFile(string FileName, string? ContentType, byte[] Content);
