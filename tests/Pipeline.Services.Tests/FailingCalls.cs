using System.Reflection;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

/// <summary>
/// A store whose first <c>times</c> calls of one method (one that answers a <see cref="DocumentVersion"/>) throw, as a
/// database that drops its connection would; every other call goes straight through.
/// </summary>
public class FailingCalls : DispatchProxy
{
    private IDocumentStore _inner = null!;
    private string _method = "";
    private int _left;

    public static IDocumentStore Around(IDocumentStore inner, string method, int times)
    {
        var proxy = Create<IDocumentStore, FailingCalls>();
        var failing = (FailingCalls)(object)proxy;
        (failing._inner, failing._method, failing._left) = (inner, method, times);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name == _method && Interlocked.Decrement(ref _left) >= 0)
            return Task.FromException<DocumentVersion?>(new TimeoutException($"The store did not answer {_method} in time."));
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
