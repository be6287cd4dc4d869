using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// A client that knows nothing of MassTransit or .NET contracts, as a Python or Go program would
/// be: it drops files with plain AMQP publishes and reads the public event's JSON from its own queue.
/// </summary>
public sealed class RawAmqp : IAsyncDisposable
{
    public const string PublicExchange = "Pipeline.Contracts:DocumentPublished";
    public const string FailedExchange = "Pipeline.Contracts:DocumentFailed";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _events = new();
    private readonly ConcurrentQueue<JsonElement> _received = new();

    private RawAmqp(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<JsonElement> Received => _received;

    public static async Task<RawAmqp> ConnectAsync(Uri uri)
    {
        var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawAmqp(connection, channel);
    }

    /// <summary>Deletes the pipeline's queues so every test class starts from empty ones.</summary>
    public async Task ResetPipelineQueuesAsync()
    {
        foreach (var queue in new[] { "pipeline-ingest", "pipeline-clean", "pipeline-enrich", "pipeline-publish" })
        {
            await _channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await _channel.QueueDeleteAsync(queue + "_error", ifUnused: false, ifEmpty: false);
        }
    }

    /// <summary>How many consumers the broker has on a queue; 0 when the queue does not exist (yet).</summary>
    public async Task<uint> ConsumerCountAsync(string queue)
    {
        // A passive declare of a missing queue closes its channel, so it gets a channel of its own.
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>
    /// Waits until the broker has at least <paramref name="count"/> consumers on a queue: a host whose
    /// bus has started may still be a moment from its basic.consume, and until then the broker hands
    /// every message to the consumers it already has.
    /// </summary>
    public async Task WaitForConsumersAsync(string queue, uint count, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        uint seen;
        while ((seen = await ConsumerCountAsync(queue)) < count)
        {
            if (waited.Elapsed > timeout) throw new TimeoutException($"{queue} has {seen} consumers, expected {count} within {timeout}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Binds a queue of our own to the public exchange (fanout: no routing key) and listens.</summary>
    public async Task SubscribeAsync(string exchange)
    {
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await _channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
        await _channel.QueueBindAsync(queue.QueueName, exchange, routingKey: string.Empty);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            // MassTransit's JSON envelope: the payload sits under "message".
            using var envelope = JsonDocument.Parse(delivery.Body);
            var message = envelope.RootElement.GetProperty("message").Clone();
            _received.Enqueue(message);
            if (message.TryGetProperty("documentId", out var id) && id.ValueKind == JsonValueKind.String)
                Slot(id.GetString()!).TrySetResult(message);
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
    }

    public Task<JsonElement> WaitForAsync(string documentId, TimeSpan timeout) => Slot(documentId).Task.WaitAsync(timeout);

    /// <summary>Waits for an event that matches, e.g. a failure that names no document.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (true)
        {
            foreach (var received in _received) if (match(received)) return received;
            try { await poll.WaitForNextTickAsync(cancellation.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"No matching event within {timeout}."); }
        }
    }

    public async Task DropAsync(string fileName, byte[] content, string? contentType = null, IDictionary<string, object?>? extraHeaders = null)
    {
        var headers = new Dictionary<string, object?> { ["file-name"] = Encoding.UTF8.GetBytes(fileName) };
        if (extraHeaders is not null) foreach (var (key, value) in extraHeaders) headers[key] = value;
        var properties = new BasicProperties { Persistent = true, ContentType = contentType, Headers = headers };
        await _channel.BasicPublishAsync(string.Empty, "pipeline-ingest", mandatory: true, properties, content);
    }

    /// <summary>Publishes any body with any headers (or none) to the ingest queue, as a careless dropper might.</summary>
    public async Task PublishAsync(byte[] body, IDictionary<string, object?>? headers, string? contentType = null)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = contentType, Headers = headers };
        await _channel.BasicPublishAsync(string.Empty, "pipeline-ingest", mandatory: true, properties, body);
    }

    /// <summary>Messages ready in a queue; 0 when the queue does not exist (yet).</summary>
    public async Task<uint> MessageCountAsync(string queue)
    {
        // A passive declare of a missing queue closes its channel, so it gets a channel of its own.
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>Waits, polling the broker, until a queue holds at least <paramref name="count"/> messages.</summary>
    public async Task WaitForMessagesAsync(string queue, uint count, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await MessageCountAsync(queue) < count)
        {
            try { await poll.WaitForNextTickAsync(cancellation.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"{queue} did not reach {count} message(s) within {timeout}."); }
        }
    }

    private TaskCompletionSource<JsonElement> Slot(string documentId) =>
        _events.GetOrAdd(documentId, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
