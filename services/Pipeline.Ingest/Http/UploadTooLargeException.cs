namespace Pipeline.Ingest.Http;

/// <summary>A request body grew past what the API reads; answered with 413 and the code <c>too-large</c>.</summary>
internal sealed class UploadTooLargeException(string message) : Exception(message);
