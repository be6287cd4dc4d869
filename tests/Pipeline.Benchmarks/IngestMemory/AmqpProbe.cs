using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Pipeline.Benchmarks.IngestMemory;

/// <summary>
/// The run's own AMQP client: drops a file as any dropper would, and hears ingest's announcements
/// (DocumentIngested or DocumentFailed) on a queue of its own.
/// </summary>
internal sealed class AmqpProbe : IAsyncDisposable
{
    private const string Ingested = "Pipeline.Contracts:DocumentIngested";
    private const string Failed = "Pipeline.Contracts:DocumentFailed";
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly System.Threading.Channels.Channel<(string Event, JsonElement Message)> _events =
        System.Threading.Channels.Channel.CreateUnbounded<(string, JsonElement)>();

    private AmqpProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<AmqpProbe> ConnectAsync(Uri uri)
    {
        var connection = await new ConnectionFactory { Uri = uri, ClientProvidedName = "ingest-memory" }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var probe = new AmqpProbe(connection, channel);
        var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
        foreach (var exchange in new[] { Ingested, Failed })
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue.QueueName, exchange, string.Empty);
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            probe._events.Writer.TryWrite((delivery.Exchange, envelope.RootElement.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    /// <summary>Consumers on the ingest queue: 1 once the service is ready.</summary>
    public async Task<uint> IngestConsumersAsync()
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync("pipeline-ingest")).ConsumerCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Empties the ingest queue: a drop whose service process was stopped before it acknowledged it
    /// would otherwise go to the next process, and be measured in place of that run's own file.
    /// </summary>
    public async Task PurgeIngestAsync()
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            await channel.QueuePurgeAsync("pipeline-ingest");
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // No queue yet: nothing to purge.
        }
    }

    /// <param name="documentId">An id of the run's own, so its announcement cannot be mistaken for another's.</param>
    public async Task DropAsync(string fileName, string documentId, byte[] content)
    {
        var properties = new BasicProperties
        {
            Persistent = true,
            Headers = new Dictionary<string, object?>
            {
                ["file-name"] = Encoding.UTF8.GetBytes(fileName),
                ["document-id"] = Encoding.UTF8.GetBytes(documentId),
            },
        };
        await _channel.BasicPublishAsync(string.Empty, "pipeline-ingest", mandatory: true, properties, content);
    }

    /// <summary>The announcement about <paramref name="documentId"/>: which event, and its payload.</summary>
    public async Task<(string Event, JsonElement Message)> NextAsync(string documentId, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var next = await _events.Reader.ReadAsync(cancellation.Token);
            if (next.Message.TryGetProperty("documentId", out var id) && id.GetString() == documentId) return next;
        }
    }

    public static bool IsIngested(string exchange) => exchange == Ingested;

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
