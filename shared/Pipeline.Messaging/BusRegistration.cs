using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// Adds MassTransit on the configured transport with the pipeline's endpoint policy: kebab-case
    /// names (stage definitions set theirs), failures recorded outside a short in-memory retry, and a
    /// prefetch that bounds each process's concurrency. <paramref name="configure"/> adds the consumers.
    /// </summary>
    public static IHostApplicationBuilder AddPipelineBus(this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configure, string defaultTransport = BusOptions.RabbitMq)
    {
        var options = BusOptions.From(builder.Configuration, defaultTransport);
        builder.Services.AddSingleton(options);
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddPipelineEndpointPolicy();
            configure(bus);
            if (options.Transport == BusOptions.InMemory)
            {
                bus.UsingInMemory((context, transport) =>
                {
                    transport.ConcurrentMessageLimit = options.PrefetchCount;
                    transport.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingRabbitMq((context, transport) =>
                {
                    // RabbitMQ.Client refuses bodies above 64 MiB by closing the connection, so a larger drop
                    // would come back after every reconnect and block the queue. Accept anything the broker
                    // can hold (its max_message_size tops out at 512 MiB); ingest refuses it, with a record.
                    transport.Host(options.RabbitMqUri, host => host.MaxMessageSize(BusOptions.MaxBrokerMessageBytes));
                    transport.PrefetchCount = options.PrefetchCount;
                    transport.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    /// <summary>
    /// Kebab-case endpoint names (stage definitions set theirs), the committer stages finish with, and
    /// on every endpoint: failures recorded outside a short in-memory retry. Where each goes matters:
    /// MassTransit puts an endpoint's message retry ahead of every filter of the endpoint's consume pipe,
    /// so a failure filter there would see each attempt and record a failure a later attempt recovers from.
    /// The retry is therefore each consumer's own, inside the endpoint's failure filter, which sees only
    /// final failures. (Delayed redelivery needs a broker plugin that plain RabbitMQ lacks, so retries stay
    /// in memory and short.)
    /// </summary>
    public static IBusRegistrationConfigurator AddPipelineEndpointPolicy(this IBusRegistrationConfigurator bus)
    {
        bus.SetKebabCaseEndpointNameFormatter();
        bus.TryAddScoped<VersionCommitter>();
        bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
        {
            endpoint.UseFilter(new FailureRecordingFilter(context.GetRequiredService<IDocumentStore>(), context.GetRequiredService<ILogger<FailureRecordingFilter>>()));
            endpoint.ConnectConsumerConfigurationObserver(new ConsumerRetry());
        });
        return bus;
    }

    /// <summary>Gives every consumer configured on the endpoint the pipeline's retry: 200 ms, 1 s, 3 s, never for a document that cannot be processed.</summary>
    private sealed class ConsumerRetry : IConsumerConfigurationObserver
    {
        public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator) where TConsumer : class =>
            configurator.UseMessageRetry(retry =>
            {
                retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
                retry.Ignore<UnprocessableDocumentException>();
            });

        public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
            where TConsumer : class where TMessage : class
        {
        }
    }
}
