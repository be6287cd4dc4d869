using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;
using Pipeline.Storage.Mongo;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the configured <see cref="IDocumentStore"/> and a start-up step that creates its
    /// schema and indexes before anything consumes messages (call before adding the bus).
    /// </summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = StoreOptions.From(configuration);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IDocumentStore>(_ => Create(options));
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    public static IDocumentStore Create(StoreOptions options)
    {
        if (options.Provider != StoreOptions.MongoDb) return new SqliteDocumentStore(options.SqlitePath);
        // Driver 3.x traces its commands on the "MongoDB.Driver" ActivitySource, which the service defaults listen to.
        return new MongoDocumentStore(new MongoClient(options.MongoUri).GetDatabase(options.MongoDatabase));
    }

    private sealed class StoreInitializer(IDocumentStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
