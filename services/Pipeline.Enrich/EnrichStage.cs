using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Enrichment;
using Pipeline.ServiceDefaults;

namespace Pipeline.Enrich;

public static class EnrichStage
{
    /// <summary>
    /// The enrich consumer on <c>pipeline-enrich</c>, and the enricher it uses, analysing at most
    /// <c>PIPELINE_ENRICH_MAX_CHARACTERS</c> of a text (<see cref="DocumentEnricher.MaxAnalysedCharacters"/>).
    /// </summary>
    public static IBusRegistrationConfigurator AddEnrichStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(services => new DocumentEnricher { MaxAnalysedCharacters = MaxCharacters(services.GetService<IConfiguration>()) });
        bus.TryAddSingleton<NearDuplicates>();
        bus.AddConsumer<EnrichDocumentConsumer, EnrichDocumentConsumerDefinition>();
        return bus;
    }

    private static int MaxCharacters(IConfiguration? configuration) => configuration is null
        ? DocumentEnricher.DefaultMaxAnalysedCharacters
        : (int)NumberSettings.Positive(configuration, "PIPELINE_ENRICH_MAX_CHARACTERS", DocumentEnricher.DefaultMaxAnalysedCharacters,
            "characters, e.g. 4194304", max: int.MaxValue);
}
