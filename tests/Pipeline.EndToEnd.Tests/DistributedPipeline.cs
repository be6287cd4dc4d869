using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Pipeline.Clean;
using Pipeline.Enrich;
using Pipeline.Ingest;
using Pipeline.Publish;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// The distributed deployment in one test process: a real broker, the four services as four
/// separate hosts sharing one store file, and a raw AMQP client subscribed to the public event.
/// </summary>
public sealed class DistributedPipeline : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-e2e-");
    private readonly List<IHost> _hosts = [];

    public RabbitMqBroker Broker { get; } = new();
    public RawAmqp Client { get; private set; } = null!;
    public RawAmqp FailureClient { get; private set; } = null!;
    public string StorePath => Path.Combine(_directory.FullName, "pipeline.db");

    /// <summary>The ingest host's PIPELINE_WATCH_DIR.</summary>
    public string WatchDirectory => Path.Combine(_directory.FullName, "watched");
    public ConcurrentQueue<Activity> Spans { get; } = new();

    /// <summary>
    /// The collected spans that match, once there are at least <paramref name="count"/> of them (or what there is when
    /// patience runs out). A span is collected when it ends, and a stage's span ends just after the message it sent,
    /// so the public event can reach a subscriber a moment before publish's span is here.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForSpansAsync(Func<Activity, bool> match, int count, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew(); // not the wall clock, which may step
        while (true)
        {
            var found = Spans.Where(match).ToList();
            if (found.Count >= count || waited.Elapsed >= patience) return found;
            await Task.Delay(20);
        }
    }
    /// <summary>The ingest host's PIPELINE_MAX_DOCUMENT_BYTES: small, so an oversized drop stays cheap to make.</summary>
    public const long MaxDocumentBytes = 4 * 1024 * 1024;

    public ConsumeProbe IngestProbe { get; } = new();
    public ConsumeProbe CleanProbe { get; } = new();
    public Storage.IDocumentStore Store { get; } = null!;

    public DistributedPipeline() => Store = new Storage.Sqlite.SqliteDocumentStore(StorePath);

    public async Task InitializeAsync()
    {
        await Broker.InitializeAsync();
        Client = await RawAmqp.ConnectAsync(Broker.Uri);
        await Client.ResetPipelineQueuesAsync();
        await Client.SubscribeAsync(RawAmqp.PublicExchange);
        FailureClient = await RawAmqp.ConnectAsync(Broker.Uri);
        await FailureClient.SubscribeAsync(RawAmqp.FailedExchange);

        var spans = new SpanSink(Spans);
        Directory.CreateDirectory(WatchDirectory);
        var ingestSettings = new Dictionary<string, string?>
        {
            ["PIPELINE_MAX_DOCUMENT_BYTES"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PIPELINE_WATCH_DIR"] = WatchDirectory,
        };
        // Ingest as the service composes itself: its settings, its bus, its folder watcher.
        await StartAsync(StageHost.Build("pipeline-ingest", Broker.Uri, StorePath, bus => bus.AddIngestStage(), IngestProbe, spans,
            settings: ingestSettings, compose: builder => builder.AddIngestService()));
        await StartAsync(StageHost.Build("pipeline-clean", Broker.Uri, StorePath, bus => bus.AddCleanStage(), CleanProbe));
        await StartAsync(StageHost.Build("pipeline-enrich", Broker.Uri, StorePath, bus => bus.AddEnrichStage(), new ConsumeProbe()));
        await StartAsync(StageHost.Build("pipeline-publish", Broker.Uri, StorePath, bus => bus.AddPublishStage(), new ConsumeProbe()));
        // A started host can be a moment from its basic.consume (and, after the reset above, from declaring its queue):
        // a drop published before the ingest queue exists is unroutable and lost, so wait until every stage consumes.
        foreach (var queue in new[] { "pipeline-ingest", "pipeline-clean", "pipeline-enrich", "pipeline-publish" })
            await Client.WaitForConsumersAsync(queue, 1, TimeSpan.FromMinutes(2));
    }

    /// <summary>
    /// The events the store says went out for a document, once there are at least <paramref name="count"/> of them (or
    /// what there is when patience runs out). A stage records an event just after publishing it, so the public event
    /// can reach a subscriber a moment before publish's record (or a starved stage's) is in the store.
    /// </summary>
    public async Task<IReadOnlyList<Storage.PublishedEvent>> WaitForPublishedEventsAsync(string documentId, int count, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var found = await Store.GetPublishedEventsAsync(documentId);
            if (found.Count >= count || waited.Elapsed >= patience) return found;
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the store holds a failure record that matches, and returns the matching ones.</summary>
    public async Task<IReadOnlyList<Storage.FailureRecord>> WaitForFailuresAsync(Func<Storage.FailureRecord, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var matching = (await Store.ListFailuresAsync(10_000, cancellation.Token)).Where(match).ToList();
            if (matching.Count > 0)
                return matching;
            try { await Task.Delay(TimeSpan.FromMilliseconds(100), cancellation.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"No matching failure record within {timeout}."); }
        }
    }

    /// <summary>Starts one more host on the same broker and store, e.g. a second copy of a service.</summary>
    public async Task StartAsync(IHost host)
    {
        _hosts.Add(host);
        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.StopAsync();
            host.Dispose();
        }
        await Client.DisposeAsync();
        await FailureClient.DisposeAsync();
        await Broker.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    /// <summary>The in-memory exporter wants a collection; spans arrive from many threads.</summary>
    private sealed class SpanSink(ConcurrentQueue<Activity> queue) : ICollection<Activity>
    {
        public int Count => queue.Count;
        public bool IsReadOnly => false;
        public void Add(Activity item) => queue.Enqueue(item);
        public void Clear() => queue.Clear();
        public bool Contains(Activity item) => queue.Contains(item);
        public void CopyTo(Activity[] array, int arrayIndex) => queue.ToArray().CopyTo(array, arrayIndex);
        public bool Remove(Activity item) => throw new NotSupportedException();
        public IEnumerator<Activity> GetEnumerator() => queue.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

[CollectionDefinition(Name)]
public sealed class DistributedPipelineCollection : ICollectionFixture<DistributedPipeline>
{
    public const string Name = "Distributed pipeline";
}
