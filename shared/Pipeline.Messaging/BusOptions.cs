using Microsoft.Extensions.Configuration;

namespace Pipeline.Messaging;

/// <summary>
/// Bus configuration from environment variables or appsettings: <c>PIPELINE_TRANSPORT</c>
/// (<c>rabbitmq</c> or <c>inmemory</c>), <c>PIPELINE_RABBITMQ_URI</c>, <c>PIPELINE_PREFETCH</c>.
/// </summary>
public sealed record BusOptions
{
    public const string RabbitMq = "rabbitmq";
    public const string InMemory = "inmemory";

    /// <summary>The largest message body RabbitMQ can be configured to take (<c>max_message_size</c>); its default is 128 MiB.</summary>
    public const uint MaxBrokerMessageBytes = 512u * 1024 * 1024;

    public string Transport { get; init; } = RabbitMq;
    public Uri RabbitMqUri { get; init; } = new("amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>Messages each consumer process takes from its queue at once; also its concurrency.</summary>
    public int PrefetchCount { get; init; } = 8;

    public static BusOptions From(IConfiguration configuration, string defaultTransport = RabbitMq)
    {
        var transport = (configuration["PIPELINE_TRANSPORT"] ?? defaultTransport).Trim().ToLowerInvariant().Replace("-", "");
        if (transport is not (RabbitMq or InMemory))
            throw new InvalidOperationException($"PIPELINE_TRANSPORT is '{transport}'; use '{RabbitMq}' or '{InMemory}'.");
        var prefetch = configuration["PIPELINE_PREFETCH"];
        return new BusOptions
        {
            Transport = transport,
            RabbitMqUri = new Uri(configuration["PIPELINE_RABBITMQ_URI"] ?? "amqp://guest:guest@127.0.0.1:5672/"),
            PrefetchCount = prefetch is null ? 8 : int.Parse(prefetch, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
