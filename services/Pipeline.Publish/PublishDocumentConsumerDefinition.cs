using MassTransit;
using Pipeline.Messaging;

namespace Pipeline.Publish;

public sealed class PublishDocumentConsumerDefinition : ConsumerDefinition<PublishDocumentConsumer>
{
    public PublishDocumentConsumerDefinition() => EndpointName = QueueNames.Publish;
}
