using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Clean;
using Pipeline.Contracts;
using Pipeline.Enrich;
using Pipeline.Ingest;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;
using Pipeline.Publish;
using Pipeline.Storage;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Services.Tests;

/// <summary>
/// The stages on MassTransit's test harness, with the production endpoint policy and a real
/// SQLite store in a temporary folder. One per test.
/// </summary>
public sealed class StageHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-harness-");
    private readonly ServiceProvider _provider;

    /// <param name="stages">The stages on the bus; all four when left out.</param>
    /// <param name="storeSeenByStages">What the stages get in place of the store (a wrapper that slows or fails some calls); the test reads the store itself.</param>
    public StageHarness(Action<IBusRegistrationConfigurator>? stages = null, Func<IDocumentStore, IDocumentStore>? storeSeenByStages = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        Store = new SqliteDocumentStore(Path.Combine(_directory.FullName, "store.db"));
        services.AddSingleton(storeSeenByStages?.Invoke(Store) ?? Store);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddPipelineEndpointPolicy();
            (stages ?? AllStages)(bus);
            bus.AddRequestClient<DropDocument>(new Uri($"queue:{QueueNames.Ingest}"));
        });
        _provider = services.BuildServiceProvider(validateScopes: true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        // How long one wait for a message may take (a wait ends as soon as the message is there). The first document
        // through a cold enricher took 19 s of the 30 s this was on a loaded 2-core machine, with the other test classes
        // starting their own pipelines beside it; CI also runs the other test assemblies at the same time.
        Harness.TestTimeout = TimeSpan.FromMinutes(2);
        // Waits for a message end when it arrives or after this long without bus activity: a cold enrich on a
        // loaded machine can be quiet for several seconds, more than the default six.
        Harness.TestInactivityTimeout = TimeSpan.FromSeconds(10);
    }

    public ITestHarness Harness { get; }
    public IDocumentStore Store { get; }

    public static void AllStages(IBusRegistrationConfigurator bus)
    {
        bus.AddIngestStage();
        bus.AddCleanStage();
        bus.AddEnrichStage();
        bus.AddPublishStage();
    }

    public async Task StartAsync()
    {
        await Store.InitializeAsync();
        await Harness.Start();
    }

    /// <summary>Sends a file to the ingest queue in the raw wire format, as the CLI and any AMQP client do.</summary>
    public async Task DropAsync(string fileName, string content, string? source = null) =>
        await DropAsync(new DropDocument { FileName = fileName, Source = source, Content = System.Text.Encoding.UTF8.GetBytes(content) });

    public async Task DropAsync(DropDocument drop)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{QueueNames.Ingest}"));
        await endpoint.SendDrop(drop);
    }

    public IRequestClient<DropDocument> DropClient => Harness.GetRequestClient<DropDocument>();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
