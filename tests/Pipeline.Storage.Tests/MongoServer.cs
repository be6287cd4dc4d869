using MongoDB.Driver;
using Testcontainers.MongoDb;

namespace Pipeline.Storage.Tests;

/// <summary>
/// A MongoDB server for the contract suite: <c>PIPELINE_MONGODB_URI</c> when set, else a
/// Testcontainers container when a Docker engine answers, else a skip that says why.
/// </summary>
internal static class MongoServer
{
    private static readonly Lazy<Task<string?>> ConnectionString = new(StartAsync);
    private static string _why = string.Empty;

    public static async Task<IMongoDatabase> CreateDatabaseAsync()
    {
        var uri = await ConnectionString.Value;
        Skip.If(uri is null, _why);
        return new MongoClient(uri).GetDatabase($"pipeline-test-{Guid.NewGuid():N}");
    }

    private static async Task<string?> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("PIPELINE_MONGODB_URI");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            _why = "MongoDB contract suite skipped: PIPELINE_MONGODB_URI is not set and no Docker engine is reachable (no DOCKER_HOST, no /var/run/docker.sock).";
            return null;
        }
        try
        {
            var container = new MongoDbBuilder("mongo:7.0").Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return container.GetConnectionString();
        }
        catch (Exception e)
        {
            _why = $"MongoDB contract suite skipped: the Docker engine did not start a MongoDB container ({e.GetType().Name}: {e.Message}).";
            return null;
        }
    }
}
