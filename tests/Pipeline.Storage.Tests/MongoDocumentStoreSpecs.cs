using MongoDB.Driver;
using Xunit.Abstractions;
using Pipeline.Storage.Mongo;

namespace Pipeline.Storage.Tests;

public sealed class MongoDocumentStoreSpecs(ITestOutputHelper output) : DocumentStoreContract
{
    private IMongoDatabase? _database;

    protected override async Task<IDocumentStore> CreateStoreAsync(int inlineTextLimit)
    {
        try
        {
            _database = await MongoServer.CreateDatabaseAsync();
        }
        catch (SkipException skip)
        {
            output.WriteLine(skip.Message);
            throw;
        }
        var store = new MongoDocumentStore(_database, inlineTextLimit);
        await store.InitializeAsync();
        await store.InitializeAsync();
        return store;
    }

    protected override async Task DisposeStoreAsync()
    {
        if (_database is not null) await _database.Client.DropDatabaseAsync(_database.DatabaseNamespace.DatabaseName);
    }
}
