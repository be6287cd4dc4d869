using System.Diagnostics;
using System.Text;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;
using RabbitMQ.Client;

namespace Pipeline.Cli.Dropping;

/// <summary>
/// Drops files into the ingest queue exactly as any AMQP client would: body = the file's bytes,
/// headers = <see cref="DropHeaders"/>, persistent, with publisher confirms. Each drop starts the
/// document's trace and passes it on in the headers MassTransit reads.
/// </summary>
internal sealed class RabbitDropper : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RabbitDropper(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RabbitDropper> ConnectAsync(Uri uri, int inFlight, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = "pipeline-cli" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
                outstandingPublisherConfirmationsRateLimiter: new ThrottlingRateLimiter(inFlight)), cancellationToken);
        // Declared as MassTransit declares it, so dropping works before the ingest service first starts.
        await channel.QueueDeclareAsync(QueueNames.Ingest, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        return new RabbitDropper(connection, channel);
    }

    public async Task DropAsync(FileInfo file, string? source, CancellationToken cancellationToken) =>
        await DropAsync(file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken), source, cancellationToken);

    /// <param name="fileName">The name the drop carries (the watcher sends the path inside its folder).</param>
    public async Task DropAsync(string fileName, ReadOnlyMemory<byte> body, string? source, CancellationToken cancellationToken)
    {
        using var activity = PipelineTelemetry.Source.StartActivity($"drop {QueueNames.Ingest}", ActivityKind.Producer);
        activity?.SetTag("file.name", fileName);
        var headers = new Dictionary<string, object?> { [DropHeaders.FileName] = Encoding.UTF8.GetBytes(fileName) };
        if (source is not null) headers[DropHeaders.Source] = Encoding.UTF8.GetBytes(source);
        if (activity?.Id is { } traceParent)
        {
            headers[DropHeaders.TraceParent] = Encoding.UTF8.GetBytes(traceParent);
            headers["MT-Activity-Id"] = Encoding.UTF8.GetBytes(traceParent);
        }
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = "application/octet-stream",
            MessageId = Guid.NewGuid().ToString(),
            Headers = headers,
        };
        await _channel.BasicPublishAsync(string.Empty, QueueNames.Ingest, mandatory: true, properties, body, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
