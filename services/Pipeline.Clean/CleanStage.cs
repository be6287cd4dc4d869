using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Cleaning;

namespace Pipeline.Clean;

public static class CleanStage
{
    /// <summary>The clean consumer on <c>pipeline-clean</c>, and the cleaner it uses.</summary>
    public static IBusRegistrationConfigurator AddCleanStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new ArticleCleaner());
        bus.TryAddScoped<SourceProfiles>();
        bus.AddConsumer<CleanDocumentConsumer, CleanDocumentConsumerDefinition>();
        return bus;
    }
}
