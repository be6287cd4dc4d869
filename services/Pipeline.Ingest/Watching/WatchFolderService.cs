using System.Diagnostics;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;
using Pipeline.Storage;

namespace Pipeline.Ingest.Watching;

/// <summary>
/// <c>PIPELINE_WATCH_DIR</c>: the ingest service watches a folder and sends each new or changed
/// file into its own queue, staged in the blob store and dropped by reference, so a large file is
/// never in memory whole. Each file's drop starts its own trace.
/// </summary>
internal sealed class WatchFolderService(IngestOptions options, IBus bus, IDocumentStore store, ILogger<FolderWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{QueueNames.Ingest}"));
        var watcher = new FolderWatcher(new FolderWatchOptions { Directory = options.WatchDirectory!, MaxFileBytes = options.MaxDocumentBytes },
            async (file, cancellationToken) =>
            {
                // A BackgroundService has no ambient trace: without this span each drop's trace would start at the send.
                using var activity = PipelineTelemetry.Source.StartActivity($"watch {QueueNames.Ingest}", ActivityKind.Producer);
                activity?.SetTag("file.name", file.RelativePath);
                var blobId = await file.Content.StageAsync(store, file.RelativePath, contentType: null, cancellationToken);
                var drop = new DropDocument { FileName = file.RelativePath, Source = options.WatchSource, BlobId = blobId };
                await endpoint.SendDrop(drop, cancellationToken);
            }, logger);
        await watcher.RunAsync(stoppingToken);
    }
}
