using Microsoft.Data.Sqlite;
using Pipeline.Storage.Sqlite;

namespace Pipeline.Storage.Tests;

public sealed class SqliteDocumentStoreSpecs : DocumentStoreContract
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-store-");

    protected override async Task<IDocumentStore> CreateStoreAsync(int inlineTextLimit)
    {
        var store = new SqliteDocumentStore(Path.Combine(_directory.FullName, "store.db"));
        await store.InitializeAsync();
        await store.InitializeAsync(); // start-up runs it on every start
        return store;
    }

    protected override Task DisposeStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
