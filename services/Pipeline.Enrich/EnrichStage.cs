using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Enrichment;

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

    private static int MaxCharacters(IConfiguration? configuration)
    {
        var value = configuration?["PIPELINE_ENRICH_MAX_CHARACTERS"];
        if (string.IsNullOrWhiteSpace(value)) return DocumentEnricher.DefaultMaxAnalysedCharacters;
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var characters) && characters > 0)
            return characters;
        throw new InvalidOperationException($"PIPELINE_ENRICH_MAX_CHARACTERS is '{value}'; give a whole number of characters, e.g. 4194304.");
    }
}
