namespace Pipeline.Messaging;

/// <summary>
/// The input can never be processed (empty, corrupt, unsupported…). Not retried: the failure is
/// recorded, <c>DocumentFailed</c> is published, and the message moves to the error queue.
/// </summary>
public sealed class UnprocessableDocumentException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>The document, when the stage got far enough to name it.</summary>
    public string? DocumentId { get; init; }

    public int? Version { get; init; }
}
