using MassTransit;
using Pipeline.Storage;

namespace Pipeline.Messaging;

/// <summary>
/// The one way a stage finishes a document: store the version (idempotent by its key), publish the
/// event that announces it unless that already happened, and record that it did. A redelivered
/// message therefore adds no version and no event; a crash between storing and publishing is
/// repaired by the redelivery, and the event's deterministic id lets subscribers drop the rare
/// duplicate a crash right after publishing leaves.
/// </summary>
public sealed class VersionCommitter(IDocumentStore store)
{
    public async Task<AppendResult> CommitAsync<TEvent>(ConsumeContext context, DocumentVersion draft, Func<DocumentVersion, TEvent> announce)
        where TEvent : class
    {
        var result = await store.AppendVersionAsync(draft, context.CancellationToken);
        await PublishOnceAsync(context, announce(result.Version), result.Version.DocumentId, result.Version.Version);
        return result;
    }

    /// <summary>Publishes <paramref name="message"/> for a version unless the store says it already went out.</summary>
    public async Task<bool> PublishOnceAsync<TEvent>(ConsumeContext context, TEvent message, string documentId, int version) where TEvent : class
    {
        var eventName = typeof(TEvent).Name;
        if (await store.IsEventPublishedAsync(documentId, version, eventName, context.CancellationToken)) return false;
        var messageId = MessageIds.For(eventName, documentId, version);
        await context.Publish(message, publish => publish.MessageId = messageId, context.CancellationToken);
        await store.RecordPublishedEventAsync(new PublishedEvent(documentId, version, eventName, messageId, DateTimeOffset.UtcNow), context.CancellationToken);
        return true;
    }
}
