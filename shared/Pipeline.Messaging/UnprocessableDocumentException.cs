namespace Pipeline.Messaging;

/// <summary>
/// The input can never be processed (empty, corrupt, unsupported…). Not retried: the failure is
/// recorded, <c>DocumentFailed</c> is published, and the message moves to the error queue.
/// </summary>
public sealed class UnprocessableDocumentException : Exception
{
    /// <summary>Keys in <see cref="Exception.Data"/>: MassTransit copies it into the fault a request client receives.</summary>
    public const string CodeKey = "pipeline-code";
    public const string DocumentIdKey = "pipeline-document-id";

    private readonly string? _documentId;

    public UnprocessableDocumentException(string code, string message, Exception? inner = null) : base(message, inner)
    {
        Code = code;
        Data[CodeKey] = code;
    }

    public string Code { get; }

    /// <summary>The document, when the stage got far enough to name it.</summary>
    public string? DocumentId
    {
        get => _documentId;
        init
        {
            _documentId = value;
            if (value is not null) Data[DocumentIdKey] = value;
        }
    }

    public int? Version { get; init; }
}
