using System.Collections.Concurrent;
using MassTransit;

namespace Pipeline.EndToEnd.Tests;

/// <summary>Records what a host consumed (successfully or not), so a test can wait for its own messages instead of sleeping.</summary>
public sealed class ConsumeProbe : IConsumeObserver
{
    private readonly ConcurrentQueue<object> _consumed = new();
    private readonly SemaphoreSlim _changed = new(0);

    /// <summary>
    /// Waits until this many messages of this type that match were consumed: a test that waits for
    /// its own messages is not fooled by a late message of an earlier test, as one that waits for a
    /// count of all messages can be.
    /// </summary>
    public async Task WaitForAsync<T>(Func<T, bool> match, int count, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (_consumed.OfType<T>().Count(match) < count)
        {
            try { await _changed.WaitAsync(cancellation.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"Consumed {_consumed.OfType<T>().Count(match)} matching {typeof(T).Name}, expected {count} within {timeout}."); }
        }
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Record(context.Message);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Record(context.Message);

    private Task Record(object message)
    {
        _consumed.Enqueue(message);
        _changed.Release();
        return Task.CompletedTask;
    }
}
