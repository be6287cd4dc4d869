using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Extraction;

namespace Pipeline.Ingest;

public static class IngestStage
{
    /// <summary>The ingest consumer on <c>pipeline-ingest</c>, and the extractor it uses.</summary>
    public static IBusRegistrationConfigurator AddIngestStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new DocumentExtractor());
        bus.AddConsumer<DropDocumentConsumer, DropDocumentConsumerDefinition>();
        return bus;
    }
}
