namespace Pipeline.Ingest.Http;

/// <summary>
/// The answer to <c>POST /documents</c>: 202 with the documents when ingest took every file; 422
/// when it refused one, with <see cref="Code"/> and <see cref="Reason"/> of the first refusal, every
/// refusal in <see cref="Failures"/>, and the documents it did take.
/// </summary>
public sealed record DropResponse
{
    public IReadOnlyList<DroppedDocument> Documents { get; init; } = [];
    public string? Code { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<RefusedFile>? Failures { get; init; }
}
