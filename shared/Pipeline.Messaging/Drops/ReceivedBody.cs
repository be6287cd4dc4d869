using System.Runtime.CompilerServices;
using MassTransit;
using MassTransit.Serialization;

namespace Pipeline.Messaging.Drops;

/// <summary>
/// A received message's bytes, read where the transport left them. MassTransit's RabbitMQ transport
/// wraps the client's delivery buffer in a <see cref="MemoryMessageBody"/>, whose
/// <see cref="MessageBody.GetBytes"/> copies it into a new array: for a 100 MB drop that is 100 MB
/// more per message, for nothing, since the buffer stays valid until the consumer is done.
/// </summary>
internal static class ReceivedBody
{
    public static ReadOnlyMemory<byte> Of(MessageBody body)
    {
        if (body is not MemoryMessageBody memory) return body.GetBytes();
        try
        {
            return MemoryOf(memory);
        }
        catch (MissingFieldException)
        {
            // A MassTransit release renamed the field (a spec pins it): fall back to the copy.
            return body.GetBytes();
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_memory")]
    private static extern ref ReadOnlyMemory<byte> MemoryOf(MemoryMessageBody body);
}
