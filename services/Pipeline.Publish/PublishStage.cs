using MassTransit;

namespace Pipeline.Publish;

public static class PublishStage
{
    /// <summary>The publish consumer on <c>pipeline-publish</c>.</summary>
    public static IBusRegistrationConfigurator AddPublishStage(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<PublishDocumentConsumer, PublishDocumentConsumerDefinition>();
        return bus;
    }
}
