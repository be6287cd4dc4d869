using System.Net.Mime;
using System.Text;
using MassTransit;
using MassTransit.Serialization;
using Pipeline.Contracts;

namespace Pipeline.Messaging.Drops;

/// <summary>
/// The ingest queue's wire format: the AMQP body is the file itself and the headers describe it
/// (<see cref="DropHeaders"/>), so any AMQP client in any language can drop a file. Deserializes
/// every such message into <see cref="DropDocument"/>, and serializes one back the same way.
/// </summary>
public sealed class DropSerializer : RawMessageSerializer, IMessageSerializer, IMessageDeserializer
{
    public static readonly ContentType OctetStream = new("application/octet-stream");

    public ContentType ContentType => OctetStream;

    public MessageBody GetMessageBody<T>(SendContext<T> context) where T : class
    {
        if (context.Message is not DropDocument drop)
            throw new System.Runtime.Serialization.SerializationException($"Only {nameof(DropDocument)} travels as a raw file, not {typeof(T).Name}.");
        context.Headers.Set(DropHeaders.FileName, drop.FileName);
        if (drop.ContentType is not null) context.Headers.Set(DropHeaders.ContentType, drop.ContentType);
        if (drop.Source is not null) context.Headers.Set(DropHeaders.Source, drop.Source);
        if (drop.DocumentId is not null) context.Headers.Set(DropHeaders.DocumentId, drop.DocumentId);
        // Message id, request id and response address travel as headers, as in MassTransit's raw formats.
        SetRawMessageHeaders(context);
        return new BytesMessageBody(drop.Content);
    }

    public ConsumeContext Deserialize(ReceiveContext receiveContext) =>
        new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress, receiveContext.ContentType));

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null) =>
        Deserialize(body, headers, destinationAddress, null);

    private static DropSerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress, ContentType? transportContentType)
    {
        var drop = new DropDocument
        {
            FileName = Text(headers, DropHeaders.FileName) ?? string.Empty,
            ContentType = Text(headers, DropHeaders.ContentType) ?? ClaimedType(transportContentType),
            Source = Text(headers, DropHeaders.Source),
            DocumentId = Text(headers, DropHeaders.DocumentId),
            Content = body.GetBytes(),
        };
        var context = new RawMessageContext(headers, destinationAddress, RawSerializerOptions.Default);
        return new DropSerializerContext(context, drop, body, transportContentType ?? OctetStream);
    }

    /// <summary>Our own octet-stream label says nothing about the file; any other label is the dropper's claim.</summary>
    private static string? ClaimedType(ContentType? contentType) =>
        contentType is null || contentType.MediaType == OctetStream.MediaType ? null : contentType.ToString();

    // AMQP clients send header strings as byte arrays; MassTransit passes them through as they came.
    private static string? Text(Headers headers, string key)
    {
        if (!headers.TryGetHeader(key, out var value) || value is null) return null;
        var text = value switch
        {
            string s => s,
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            ReadOnlyMemory<byte> memory => Encoding.UTF8.GetString(memory.Span),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public void Probe(ProbeContext context) => context.CreateScope("drop").Add("contentType", ContentType.MediaType);

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);
}
