namespace Pipeline.Storage;

/// <summary>Original bytes kept in the blob store, addressed by the sha256 of their content.</summary>
public sealed record BlobInfo(string Id, long Length, string? FileName, string? ContentType);
