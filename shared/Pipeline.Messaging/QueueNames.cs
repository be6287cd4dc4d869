namespace Pipeline.Messaging;

/// <summary>
/// The queues the stages consume. <see cref="Ingest"/> is public: any AMQP client drops files
/// into it. Failed messages land in <c>{queue}_error</c>.
/// </summary>
public static class QueueNames
{
    public const string Ingest = "pipeline-ingest";
    public const string Clean = "pipeline-clean";
    public const string Enrich = "pipeline-enrich";
    public const string Publish = "pipeline-publish";
}
