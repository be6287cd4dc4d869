using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// The store the read commands look at: the one the environment configures (PIPELINE_STORE,
/// PIPELINE_SQLITE_PATH, PIPELINE_MONGODB_URI…), or the SQLite file given with --store.
/// </summary>
internal static class StoreAccess
{
    public static Option<string?> StoreOption() => new("--store") { Description = "SQLite store file (default: from PIPELINE_STORE / PIPELINE_SQLITE_PATH)." };

    public static async Task<IDocumentStore> OpenAsync(string? sqlitePath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = StoreOptions.From(configuration);
        if (sqlitePath is not null) options = options with { Provider = StoreOptions.Sqlite, SqlitePath = sqlitePath };
        if (options.Provider == StoreOptions.Sqlite && !File.Exists(options.SqlitePath))
            throw new FileNotFoundException($"No store at '{options.SqlitePath}'. Set PIPELINE_SQLITE_PATH or pass --store.");
        var store = StoreServiceCollectionExtensions.Create(options);
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
