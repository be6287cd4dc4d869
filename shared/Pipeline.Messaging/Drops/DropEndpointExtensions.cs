using MassTransit;
using MassTransit.Configuration;

namespace Pipeline.Messaging.Drops;

public static class DropEndpointExtensions
{
    /// <summary>
    /// Makes a receive endpoint read every message as a dropped file, whatever its content type
    /// (a JSON document dropped as <c>application/json</c> is a file too), while the events its
    /// consumers publish still use the bus's JSON envelope.
    /// </summary>
    public static void UseDropSerialization(this IReceiveEndpointConfigurator endpoint)
    {
        endpoint.ClearSerialization();
        endpoint.AddSerializer(new SystemTextJsonMessageSerializerFactory(), isSerializer: true);
        endpoint.AddDeserializer(new DropSerializerFactory(), isDefault: true);
        // A Fault<DropDocument> would copy the whole file into an event; failures publish DocumentFailed instead.
        endpoint.PublishFaults = false;
    }

    /// <summary>Sends a file to the ingest queue in the raw wire format.</summary>
    public static Task SendDrop(this ISendEndpoint endpoint, Contracts.DropDocument drop, CancellationToken cancellationToken = default) =>
        endpoint.Send(drop, context => context.Serializer = new DropSerializer(), cancellationToken);
}
