using System.Net.Mime;
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
        if (drop.BlobId is not null) context.Headers.Set(DropHeaders.BlobId, drop.BlobId);
        // Message id, request id and response address travel as headers, as in MassTransit's raw formats.
        SetRawMessageHeaders(context);
        // A whole array goes out as it is (the RabbitMQ transport publishes GetBytes() unchanged).
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray(drop.Content, out var segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length
                ? new BytesMessageBody(segment.Array)
                : new MemoryMessageBody(drop.Content);
    }

    public ConsumeContext Deserialize(ReceiveContext receiveContext) =>
        new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress, receiveContext.ContentType));

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null) =>
        Deserialize(body, headers, destinationAddress, null);

    private static DropSerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress, ContentType? transportContentType)
    {
        var drop = new DropDocument
        {
            FileName = DropHeaderReader.Text(headers, DropHeaders.FileName) ?? string.Empty,
            ContentType = DropHeaderReader.Text(headers, DropHeaders.ContentType) ?? ClaimedType(transportContentType),
            Source = DropHeaderReader.Text(headers, DropHeaders.Source),
            DocumentId = DropHeaderReader.Text(headers, DropHeaders.DocumentId),
            BlobId = DropHeaderReader.Text(headers, DropHeaders.BlobId),
            Content = ReceivedBody.Of(body),
        };
        var context = new RawMessageContext(headers, destinationAddress, RawSerializerOptions.Default);
        return new DropSerializerContext(context, drop, body, transportContentType ?? OctetStream);
    }

    /// <summary>Our own octet-stream label says nothing about the file; any other label is the dropper's claim.</summary>
    private static string? ClaimedType(ContentType? contentType) =>
        contentType is null || contentType.MediaType == OctetStream.MediaType ? null : contentType.ToString();

    public void Probe(ProbeContext context) => context.CreateScope("drop").Add("contentType", ContentType.MediaType);

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);
}
