using System.Diagnostics;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Extraction;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;

namespace Pipeline.Ingest;

/// <summary>
/// Turns a dropped file into version 1 (or the next version, when the content changed) of its
/// document: original bytes to the blob store, extracted text and metadata to the version.
/// The same bytes dropped again store nothing and publish nothing.
/// </summary>
public sealed partial class DropDocumentConsumer(
    IDocumentStore store, VersionCommitter committer, DocumentExtractor extractor, ILogger<DropDocumentConsumer> logger)
    : IConsumer<DropDocument>
{
    private static readonly StageIdentity Identity = StageIdentity.Of<DropDocumentConsumer>(Stages.Ingest);

    public async Task Consume(ConsumeContext<DropDocument> context)
    {
        var drop = context.Message;
        if (string.IsNullOrWhiteSpace(drop.FileName) && string.IsNullOrWhiteSpace(drop.Source) && string.IsNullOrWhiteSpace(drop.DocumentId))
            throw new UnprocessableDocumentException("missing-name",
                $"The drop names no file: set the '{DropHeaders.FileName}' header (or '{DropHeaders.Source}' or '{DropHeaders.DocumentId}').");
        var documentId = DocumentIdentity.For(drop);
        using var activity = PipelineTelemetry.StartStage(Stages.Ingest, documentId);
        using var scope = logger.BeginDocumentScope(documentId);
        LinkDropperTrace(activity, context);
        var started = Stopwatch.GetTimestamp();

        if (drop.Content.Length == 0)
            throw new UnprocessableDocumentException(ExtractionErrorCodes.Empty, "The dropped file is empty.") { DocumentId = documentId };
        ExtractionResult extraction;
        try
        {
            extraction = extractor.Extract(drop.Content, drop.FileName, drop.ContentType);
        }
        catch (ExtractionException e)
        {
            throw new UnprocessableDocumentException(e.Code, e.Message, e) { DocumentId = documentId };
        }

        var hash = ContentHash.Of(drop.Content);
        var blob = await store.SaveBlobAsync(ContentHash.Digits(hash), new MemoryStream(drop.Content, writable: false),
            drop.FileName, extraction.MediaType, context.CancellationToken);
        var items = extraction.Documents;
        var accepted = new List<AcceptedDocument>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var id = items.Count == 1 ? documentId : DocumentIdentity.ForItem(documentId, item, index);
            var itemHash = items.Count == 1 ? hash : ContentHash.Of($"{item.Title}\n{item.Text}\n{item.Html}");
            var latest = await store.GetLatestVersionAsync(id, Stages.Ingest, context.CancellationToken);
            // Unchanged content reuses the latest key: the store hands back that version, no event goes out.
            var key = latest?.ContentHash == itemHash ? latest.Key : $"ingest:{itemHash}:{latest?.Version ?? 0}";
            var draft = new DocumentVersion
            {
                DocumentId = id,
                Stage = Stages.Ingest,
                Key = key,
                Service = Identity.Service,
                ServiceVersion = Identity.Version,
                DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                ContentHash = itemHash,
                TraceId = Activity.Current?.TraceId.ToString(),
                Title = item.Title,
                Text = item.Text,
                Markup = item.Html,
                BlobId = blob.Id,
                BlobLength = blob.Length,
                ContentType = extraction.MediaType,
                Format = extraction.Format.ToString().ToLowerInvariant(),
                FileName = drop.FileName,
                Source = item.Url ?? drop.Source ?? drop.FileName,
                Metadata = MetadataOf(drop, extraction, item),
            };
            var result = await committer.CommitAsync(context, draft, v => new DocumentIngested { DocumentId = v.DocumentId, Version = v.Version });
            Record(result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            accepted.Add(new AcceptedDocument(result.Version.DocumentId, result.Version.Version, result.Created));
        }
        if (context.RequestId is not null)
            await context.RespondAsync(new DropAccepted { Documents = accepted });
    }

    private void Record(AppendResult result, double milliseconds)
    {
        var outcome = result.Created ? "created" : "unchanged";
        PipelineTelemetry.Documents.Add(1, new(PipelineTelemetry.StageTag, Stages.Ingest), new("outcome", outcome));
        PipelineTelemetry.StageDuration.Record(milliseconds, new KeyValuePair<string, object?>(PipelineTelemetry.StageTag, Stages.Ingest));
        if (result.Created) LogIngested(logger, result.Version.DocumentId, result.Version.Version, result.Version.Format, result.Version.Text.Length);
        else LogUnchanged(logger, result.Version.DocumentId, result.Version.Version);
    }

    private static Dictionary<string, string> MetadataOf(DropDocument drop, ExtractionResult extraction, ExtractedDocument item)
    {
        var metadata = new Dictionary<string, string>(item.Metadata);
        if (extraction.Encoding is not null) metadata[MetadataKeys.Encoding] = extraction.Encoding;
        if (drop.ContentType is not null) metadata[MetadataKeys.ClaimedContentType] = drop.ContentType;
        if (item.Url is not null) metadata[MetadataKeys.Url] = item.Url;
        return metadata;
    }

    /// <summary>A raw AMQP drop may carry the dropper's W3C trace context; the ingest span links to it.</summary>
    private static void LinkDropperTrace(Activity? activity, ConsumeContext context)
    {
        if (activity is null || !context.Headers.TryGetHeader(DropHeaders.TraceParent, out var value)) return;
        var text = value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value?.ToString();
        if (ActivityContext.TryParse(text, null, out var dropper))
            activity.AddLink(new ActivityLink(dropper));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested document {DocumentId} version {Version} ({Format}, {Characters} characters)")]
    private static partial void LogIngested(ILogger logger, string documentId, int version, string? format, int characters);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} unchanged since version {Version}; nothing stored")]
    private static partial void LogUnchanged(ILogger logger, string documentId, int version);
}
