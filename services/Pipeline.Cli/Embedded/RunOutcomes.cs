using System.Collections.Concurrent;
using Pipeline.Contracts;

namespace Pipeline.Cli.Embedded;

/// <summary>
/// Where the run waits for each document's end: its public event, or its failure. Whichever side
/// comes first creates the slot, so an event that beats the waiter is not lost.
/// </summary>
internal sealed class RunOutcomes
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<object>> _slots = new();

    public void Published(DocumentPublished message) => Slot(message.DocumentId).TrySetResult(message);

    public void Failed(DocumentFailed message)
    {
        if (message.DocumentId is not null) Slot(message.DocumentId).TrySetResult(message);
    }

    /// <summary>A <see cref="DocumentPublished"/> or a <see cref="DocumentFailed"/>.</summary>
    public Task<object> WaitAsync(string documentId, TimeSpan timeout, CancellationToken cancellationToken) =>
        Slot(documentId).Task.WaitAsync(timeout, cancellationToken);

    private TaskCompletionSource<object> Slot(string documentId) =>
        _slots.GetOrAdd(documentId, _ => new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));
}
