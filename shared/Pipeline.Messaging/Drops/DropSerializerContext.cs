using System.Diagnostics.CodeAnalysis;
using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;
using Pipeline.Contracts;

namespace Pipeline.Messaging.Drops;

/// <summary>A received drop: it is a <see cref="DropDocument"/> and nothing else.</summary>
internal sealed class DropSerializerContext(MessageContext context, DropDocument drop, MessageBody body, ContentType contentType)
    : BaseSerializerContext(SystemTextJsonMessageSerializer.Instance, context, [MessageUrn.ForTypeString<DropDocument>()])
{
    public override bool TryGetMessage<T>(out T? message) where T : class
    {
        message = drop as T;
        return message is not null;
    }

    public override bool TryGetMessage(Type messageType, [NotNullWhen(true)] out object? message)
    {
        message = messageType.IsInstanceOfType(drop) ? drop : null;
        return message is not null;
    }

    public override bool IsSupportedMessageType<T>() where T : class => typeof(T).IsAssignableFrom(typeof(DropDocument));

    public override bool IsSupportedMessageType(Type messageType) => messageType.IsAssignableFrom(typeof(DropDocument));

    // Forwarding (error queue, redelivery) copies the file unchanged.
    public override IMessageSerializer GetMessageSerializer() => new CopyBodySerializer(contentType, body);

    public override IMessageSerializer GetMessageSerializer<T>(MessageEnvelope envelope, T message) where T : class => new DropSerializer();

    public override IMessageSerializer GetMessageSerializer(object message, string[] messageTypes) => new DropSerializer();

    public override Dictionary<string, object> ToDictionary<T>(T? message) where T : class => new()
    {
        ["fileName"] = drop.FileName,
        ["contentType"] = drop.ContentType ?? string.Empty,
        ["source"] = drop.Source ?? string.Empty,
        ["documentId"] = drop.DocumentId ?? string.Empty,
        ["length"] = drop.Content.Length,
    };
}
