using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Cli.Embedded;

/// <summary>The run's own subscriber: it hears the public event and failures like any downstream consumer.</summary>
internal sealed class RunOutcomeConsumer(RunOutcomes outcomes) : IConsumer<DocumentPublished>, IConsumer<DocumentFailed>
{
    public Task Consume(ConsumeContext<DocumentPublished> context)
    {
        outcomes.Published(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<DocumentFailed> context)
    {
        outcomes.Failed(context.Message);
        return Task.CompletedTask;
    }
}
