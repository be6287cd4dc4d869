using System.Reflection;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

/// <summary>A store whose <see cref="IDocumentStore.RecordFailureAsync"/> waits first; every other call goes straight through.</summary>
public class SlowFailureRecords : DispatchProxy
{
    private IDocumentStore _inner = null!;
    private TimeSpan _delay;

    public static IDocumentStore Around(IDocumentStore inner, TimeSpan delay)
    {
        var proxy = Create<IDocumentStore, SlowFailureRecords>();
        var slow = (SlowFailureRecords)(object)proxy;
        (slow._inner, slow._delay) = (inner, delay);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(IDocumentStore.RecordFailureAsync)) return RecordLaterAsync((FailureRecord)args![0]!, (CancellationToken)args[1]!);
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private async Task<bool> RecordLaterAsync(FailureRecord failure, CancellationToken cancellationToken)
    {
        await Task.Delay(_delay, CancellationToken.None);
        return await _inner.RecordFailureAsync(failure, cancellationToken);
    }
}
