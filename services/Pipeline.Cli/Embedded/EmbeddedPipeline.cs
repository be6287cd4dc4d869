using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Clean;
using Pipeline.Contracts;
using Pipeline.Enrich;
using Pipeline.Ingest;
using Pipeline.Messaging;
using Pipeline.Publish;
using Pipeline.ServiceDefaults;
using Pipeline.Storage;

namespace Pipeline.Cli.Embedded;

/// <summary>
/// All four stages in one process, on MassTransit's in-memory transport and the embedded SQLite
/// store: the same consumers the services run, wired to the same endpoint policy.
/// </summary>
internal static class EmbeddedPipeline
{
    public static IHost Build(string storePath, LogLevel logLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PIPELINE_TRANSPORT"] = BusOptions.InMemory,
            ["PIPELINE_STORE"] = StoreOptions.Sqlite,
            ["PIPELINE_SQLITE_PATH"] = storePath,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddFilter("MassTransit", logLevel < LogLevel.Warning ? logLevel : LogLevel.Error);
        builder.ConfigureOpenTelemetry("pipeline-cli");
        builder.Services.AddDocumentStore(builder.Configuration);
        builder.Services.AddSingleton<RunOutcomes>();
        builder.AddPipelineBus(bus =>
        {
            bus.AddIngestStage();
            bus.AddCleanStage();
            bus.AddEnrichStage();
            bus.AddPublishStage();
            bus.AddConsumer<RunOutcomeConsumer>();
            bus.AddRequestClient<DropDocument>(new Uri($"queue:{QueueNames.Ingest}"));
        }, BusOptions.InMemory);
        return builder.Build();
    }
}
