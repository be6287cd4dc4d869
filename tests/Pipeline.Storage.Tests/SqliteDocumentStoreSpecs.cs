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

    [Fact]
    public async Task Should_read_versions_written_before_texts_had_columns_of_their_own()
    {
        var path = Path.Combine(_directory.FullName, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE versions (document_id TEXT NOT NULL, version INTEGER NOT NULL, key TEXT NOT NULL, stage TEXT NOT NULL,
                    created_at TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (document_id, version), UNIQUE (document_id, key));
                INSERT INTO versions VALUES ('doc-old', 1, 'ingest:1', 'ingest', '2024-01-01T00:00:00.0000000Z',
                    '{"documentId":"doc-old","version":1,"stage":"ingest","key":"ingest:1","service":"s","serviceVersion":"1","contentHash":"h","text":"Text kept in the record."}');
                """;
            await command.ExecuteNonQueryAsync();
        }
        var store = new SqliteDocumentStore(path);

        await store.InitializeAsync();
        await store.AppendVersionAsync(Drafts.Derived("doc-old", "clean", 1, "New text in its own column."));

        Assert.Equal("Text kept in the record.", (await store.GetVersionAsync("doc-old", 1))!.Text);
        Assert.Equal("New text in its own column.", (await store.GetVersionAsync("doc-old", 2))!.Text);
    }

    protected override Task DisposeStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
