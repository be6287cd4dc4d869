using MassTransit;
using Pipeline.Messaging;

namespace Pipeline.Enrich;

public sealed class EnrichDocumentConsumerDefinition : ConsumerDefinition<EnrichDocumentConsumer>
{
    public EnrichDocumentConsumerDefinition() => EndpointName = QueueNames.Enrich;
}
