using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Pipeline.Messaging;

namespace Pipeline.Cli;

/// <summary>
/// Tracing for commands that run without a host: spans go out over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and are flushed when the command ends.
/// </summary>
internal static class CliTracing
{
    public static TracerProvider? Start(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return null;
        return Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(resource => resource.AddService("pipeline-cli"))
            .AddSource(PipelineTelemetry.Name)
            .AddOtlpExporter()
            .Build();
    }
}
