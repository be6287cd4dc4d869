using MassTransit;
using Pipeline.Messaging;

namespace Pipeline.Clean;

public sealed class CleanDocumentConsumerDefinition : ConsumerDefinition<CleanDocumentConsumer>
{
    public CleanDocumentConsumerDefinition() => EndpointName = QueueNames.Clean;
}
