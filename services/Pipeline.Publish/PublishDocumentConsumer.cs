using System.Diagnostics;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Messaging;
using Pipeline.Storage;

namespace Pipeline.Publish;

/// <summary>Emits the public event for an enriched version, once.</summary>
public sealed partial class PublishDocumentConsumer(
    IDocumentStore store, VersionCommitter committer, ILogger<PublishDocumentConsumer> logger)
    : IConsumer<DocumentEnriched>
{
    private static readonly StageIdentity Identity = StageIdentity.Of<PublishDocumentConsumer>(Stages.Publish);

    public async Task Consume(ConsumeContext<DocumentEnriched> context)
    {
        var (documentId, version) = (context.Message.DocumentId, context.Message.Version);
        using var activity = PipelineTelemetry.StartStage(Stages.Publish, documentId, version);
        using var scope = logger.BeginDocumentScope(documentId, version);
        var started = Stopwatch.GetTimestamp();
        var enriched = await Load(documentId, version, context.CancellationToken);
        var cleaned = await Load(documentId, enriched.ParentVersion, context.CancellationToken);
        var ingested = await Load(documentId, cleaned.ParentVersion, context.CancellationToken);

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var message = PublicEventBuilder.Build(ingested, cleaned, enriched, elapsed, $"{Identity.Service}/{Identity.Version}",
            Activity.Current?.TraceId.ToString(), DateTimeOffset.UtcNow);
        var sent = await committer.PublishOnceAsync(context, message, documentId, version);

        PipelineTelemetry.RecordStage(Stages.Publish, sent, elapsed);
        if (sent) LogPublished(logger, documentId, version, message.Entities.Count);
    }

    private async Task<DocumentVersion> Load(string documentId, int? version, CancellationToken cancellationToken) =>
        version is { } v && await store.GetVersionAsync(documentId, v, cancellationToken) is { } found
            ? found
            : throw new InvalidOperationException($"Version {version} of {documentId} is not in the store.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Published document {DocumentId} version {Version} with {Entities} entities")]
    private static partial void LogPublished(ILogger logger, string documentId, int version, int entities);
}
