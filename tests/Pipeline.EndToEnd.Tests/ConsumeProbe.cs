using System.Collections.Concurrent;
using MassTransit;

namespace Pipeline.EndToEnd.Tests;

/// <summary>Counts what a host consumed (successfully or not), so a test can wait for it instead of sleeping.</summary>
public sealed class ConsumeProbe : IConsumeObserver
{
    private readonly ConcurrentQueue<object> _consumed = new();
    private readonly SemaphoreSlim _changed = new(0);

    public int Count<T>() => _consumed.Count(m => m is T);

    /// <summary>The last message of this type consumed.</summary>
    public T Last<T>() => _consumed.OfType<T>().Last();

    public async Task WaitForAsync<T>(int count, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (Count<T>() < count)
        {
            try { await _changed.WaitAsync(cancellation.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"Consumed {Count<T>()} {typeof(T).Name}, expected {count} within {timeout}."); }
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
