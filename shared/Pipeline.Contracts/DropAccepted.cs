namespace Pipeline.Contracts;

/// <summary>
/// Ingest's answer to a drop sent as a request (the CLI and the HTTP endpoint do; raw AMQP drops
/// get none): the documents it stored, or found unchanged.
/// </summary>
public sealed record DropAccepted
{
    public required IReadOnlyList<AcceptedDocument> Documents { get; init; }
}
