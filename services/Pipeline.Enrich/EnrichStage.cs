using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Enrichment;

namespace Pipeline.Enrich;

public static class EnrichStage
{
    /// <summary>The enrich consumer on <c>pipeline-enrich</c>, and the enricher it uses.</summary>
    public static IBusRegistrationConfigurator AddEnrichStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new DocumentEnricher());
        bus.TryAddSingleton<NearDuplicates>();
        bus.AddConsumer<EnrichDocumentConsumer, EnrichDocumentConsumerDefinition>();
        return bus;
    }
}
