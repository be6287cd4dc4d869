using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Extraction;

namespace Pipeline.Ingest;

public static class IngestStage
{
    /// <summary>
    /// The ingest consumer on <c>pipeline-ingest</c>, its settings (from configuration unless
    /// registered before) and the extractor, limited to <see cref="IngestOptions.MaxDocumentBytes"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddIngestStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(services => IngestOptions.From(services.GetService<IConfiguration>()));
        bus.TryAddSingleton(services => new DocumentExtractor(services.GetRequiredService<IngestOptions>().Extraction));
        bus.AddConsumer<DropDocumentConsumer, DropDocumentConsumerDefinition>();
        return bus;
    }
}
