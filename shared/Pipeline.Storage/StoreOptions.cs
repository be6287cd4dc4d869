using Microsoft.Extensions.Configuration;

namespace Pipeline.Storage;

/// <summary>
/// Which store a process uses, from configuration (environment variables or appsettings):
/// <c>PIPELINE_STORE</c> = <c>sqlite</c> (default) or <c>mongodb</c>; <c>PIPELINE_SQLITE_PATH</c>;
/// <c>PIPELINE_MONGODB_URI</c>; <c>PIPELINE_MONGODB_DATABASE</c>.
/// </summary>
public sealed record StoreOptions
{
    public const string Sqlite = "sqlite";
    public const string MongoDb = "mongodb";

    public string Provider { get; init; } = Sqlite;
    public string SqlitePath { get; init; } = Path.Combine(".pipeline", "pipeline.db");
    public string MongoUri { get; init; } = "mongodb://127.0.0.1:27017";
    public string MongoDatabase { get; init; } = "pipeline";

    public static StoreOptions From(IConfiguration configuration)
    {
        var defaults = new StoreOptions();
        var provider = (configuration["PIPELINE_STORE"] ?? defaults.Provider).Trim().ToLowerInvariant();
        if (provider is "mongo") provider = MongoDb;
        if (provider is not (Sqlite or MongoDb))
            throw new InvalidOperationException($"PIPELINE_STORE is '{provider}'; use '{Sqlite}' or '{MongoDb}'.");
        return new StoreOptions
        {
            Provider = provider,
            SqlitePath = configuration["PIPELINE_SQLITE_PATH"] ?? defaults.SqlitePath,
            MongoUri = configuration["PIPELINE_MONGODB_URI"] ?? defaults.MongoUri,
            MongoDatabase = configuration["PIPELINE_MONGODB_DATABASE"] ?? defaults.MongoDatabase,
        };
    }
}
