using Pipeline.Ingest.Watching;
using Pipeline.Messaging;

namespace Pipeline.Ingest;

public static class IngestService
{
    /// <summary>
    /// What the ingest service hosts besides the defaults: its settings, the bus with the ingest
    /// consumer and a request client for HTTP drops, and the folder watcher when
    /// <c>PIPELINE_WATCH_DIR</c> is set (after the bus, so the bus is up before the first file goes out).
    /// </summary>
    public static TBuilder AddIngestService<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = IngestOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.AddPipelineBus(bus =>
        {
            bus.AddIngestStage();
            bus.AddRequestClient<Contracts.DropDocument>(new Uri($"queue:{QueueNames.Ingest}"));
        });
        if (options.WatchDirectory is not null) builder.Services.AddHostedService<WatchFolderService>();
        return builder;
    }
}
