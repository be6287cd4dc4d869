using System.Net.Mime;
using MassTransit;

namespace Pipeline.Messaging.Drops;

public sealed class DropSerializerFactory : ISerializerFactory
{
    private static readonly DropSerializer Serializer = new();

    public ContentType ContentType => DropSerializer.OctetStream;
    public IMessageSerializer CreateSerializer() => Serializer;
    public IMessageDeserializer CreateDeserializer() => Serializer;
}
