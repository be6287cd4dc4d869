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
/// The same bytes dropped again store nothing and publish nothing. The file is read where the
/// transport received it (hashed, extracted and stored from that one buffer, never copied whole) or,
/// for a staged drop, streamed from the blob store; a large text is streamed back into it.
/// </summary>
public sealed partial class DropDocumentConsumer(
    IDocumentStore store, VersionCommitter committer, DocumentExtractor extractor, IngestOptions options, ILogger<DropDocumentConsumer> logger)
    : IConsumer<DropDocument>
{
    private static readonly StageIdentity Identity = StageIdentity.Of<DropDocumentConsumer>(Stages.Ingest);

    public async Task Consume(ConsumeContext<DropDocument> context)
    {
        var drop = context.Message;
        if (DropHeaderReader.Problem(context.Headers) is { } headerProblem)
            throw new UnprocessableDocumentException("bad-header", headerProblem);
        if (string.IsNullOrWhiteSpace(drop.FileName) && string.IsNullOrWhiteSpace(drop.Source) && string.IsNullOrWhiteSpace(drop.DocumentId))
            throw new UnprocessableDocumentException("missing-name",
                $"The drop names no file: set the '{DropHeaders.FileName}' header (or '{DropHeaders.Source}' or '{DropHeaders.DocumentId}').");
        var documentId = DocumentIdentity.For(drop);
        using var activity = PipelineTelemetry.StartStage(Stages.Ingest, documentId);
        using var scope = logger.BeginDocumentScope(documentId);
        LinkDropperTrace(activity, context);
        var started = Stopwatch.GetTimestamp();

        await using var input = await DropInput.OpenAsync(drop, store, options.MaxDocumentBytes, documentId, context.CancellationToken);
        var latest = await store.GetLatestVersionAsync(documentId, Stages.Ingest, context.CancellationToken);
        var accepted = latest?.ContentHash == input.Hash
            // The same bytes as the latest version: nothing to extract. Committing that version again
            // stores nothing, and publishes its event only if a crash had kept it from going out.
            ? [await CommitAsync(context, latest, started)]
            : await IngestAsync(context, drop, input, documentId, latest, started);
        if (context.RequestId is not null)
            await context.RespondAsync(new DropAccepted { Documents = accepted });
    }

    private async Task<List<AcceptedDocument>> IngestAsync(ConsumeContext context, DropDocument drop, DropInput input, string documentId,
        DocumentVersion? latest, long started)
    {
        var cancellationToken = context.CancellationToken;
        // A large text, Markdown or HTML file is extracted in one streaming pass into a spool file
        // and stored from there as a blob: its text is never one string in this process.
        await using var spool = input.Length > options.Extraction.StreamingThresholdBytes ? TextSpool.Create() : null;
        ExtractionResult extraction;
        try
        {
            extraction = await input.ExtractAsync(extractor, drop.FileName, drop.ContentType, spool, cancellationToken);
        }
        catch (ExtractionException e)
        {
            throw new UnprocessableDocumentException(e.Code, e.Message, e) { DocumentId = documentId };
        }

        var blob = await input.SaveAsync(drop.FileName, extraction.MediaType, cancellationToken);
        var items = extraction.Documents;
        var accepted = new List<AcceptedDocument>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var single = items.Count == 1;
            var id = single ? documentId : DocumentIdentity.ForItem(documentId, item, index);
            var itemHash = single ? input.Hash : ContentHash.Of($"{item.Title}\n{item.Text}\n{item.Html}");
            var previous = single ? latest : await store.GetLatestVersionAsync(id, Stages.Ingest, cancellationToken);
            // Unchanged content reuses the latest key: the store hands back that version, no event goes out.
            var key = previous?.ContentHash == itemHash ? previous.Key : $"ingest:{itemHash}:{previous?.Version ?? 0}";
            var textBlob = item.SinkCharacters is not null && spool is not null ? await TextSpool.SaveAsync(spool, store, cancellationToken) : null;
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
                TextBlob = textBlob?.Id,
                TextBlobCharacters = textBlob is null ? null : item.SinkCharacters,
                Markup = item.Html,
                BlobId = blob.Id,
                BlobLength = blob.Length,
                ContentType = extraction.MediaType,
                Format = extraction.Format.ToString().ToLowerInvariant(),
                FileName = drop.FileName,
                Source = item.Url ?? drop.Source ?? drop.FileName,
                Metadata = MetadataOf(drop, extraction, item),
            };
            accepted.Add(await CommitAsync(context, draft, started));
        }
        return accepted;
    }

    private async Task<AcceptedDocument> CommitAsync(ConsumeContext context, DocumentVersion draft, long started)
    {
        var result = await committer.CommitAsync(context, draft, v => new DocumentIngested { DocumentId = v.DocumentId, Version = v.Version });
        Record(result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new AcceptedDocument(result.Version.DocumentId, result.Version.Version, result.Created);
    }

    private void Record(AppendResult result, double milliseconds)
    {
        var outcome = result.Created ? "created" : "unchanged";
        PipelineTelemetry.Documents.Add(1, new(PipelineTelemetry.StageTag, Stages.Ingest), new("outcome", outcome));
        PipelineTelemetry.StageDuration.Record(milliseconds, new KeyValuePair<string, object?>(PipelineTelemetry.StageTag, Stages.Ingest));
        if (result.Created) LogIngested(logger, result.Version.DocumentId, result.Version.Version, result.Version.Format, result.Version.TextLength(), milliseconds);
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
        if (activity is null) return;
        if (ActivityContext.TryParse(DropHeaderReader.Text(context.Headers, DropHeaders.TraceParent), null, out var dropper))
            activity.AddLink(new ActivityLink(dropper));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested document {DocumentId} version {Version} ({Format}, {Characters} characters) in {Milliseconds:0} ms")]
    private static partial void LogIngested(ILogger logger, string documentId, int version, string? format, long characters, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} unchanged since version {Version}; nothing stored")]
    private static partial void LogUnchanged(ILogger logger, string documentId, int version);
}
