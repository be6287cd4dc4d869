using MassTransit;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;

namespace Pipeline.Ingest;

/// <summary>The public drop queue: every message on it is a raw file.</summary>
public sealed class DropDocumentConsumerDefinition : ConsumerDefinition<DropDocumentConsumer>
{
    public DropDocumentConsumerDefinition() => EndpointName = QueueNames.Ingest;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DropDocumentConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseDropSerialization();
}
