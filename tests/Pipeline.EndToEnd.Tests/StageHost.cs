using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using Pipeline.Messaging;
using Pipeline.ServiceDefaults;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// One service as the distributed deployment runs it: its own host, service defaults, RabbitMQ
/// bus and the shared store, configured only through the documented settings.
/// </summary>
internal static class StageHost
{
    public static IHost Build(string serviceName, Uri rabbit, string storePath, Action<IBusRegistrationConfigurator> stage,
        ConsumeProbe probe, ICollection<Activity>? spans = null, int prefetch = 8,
        IReadOnlyDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? compose = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PIPELINE_TRANSPORT"] = "rabbitmq",
            ["PIPELINE_RABBITMQ_URI"] = rabbit.ToString(),
            ["PIPELINE_STORE"] = "sqlite",
            ["PIPELINE_SQLITE_PATH"] = storePath,
            ["PIPELINE_PREFETCH"] = prefetch.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults(serviceName);
        if (spans is not null) builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        builder.Services.AddConsumeObserver(_ => probe);
        // The service's own composition when given (ingest: its bus, settings and folder watcher), else its stage on the bus.
        if (compose is not null) compose(builder);
        else builder.AddPipelineBus(stage);
        return builder.Build();
    }
}
