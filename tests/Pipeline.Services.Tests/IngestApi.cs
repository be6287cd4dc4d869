extern alias ingest;

using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

/// <summary>
/// The ingest service's real Program on the test server, configured only through its documented
/// settings: in-memory bus, a SQLite store in a temporary folder, an API key and a small size limit.
/// </summary>
/// <paramref name="failureRecordDelay"/> slows the store's failure records, as a busy database would.
public sealed class IngestApi(string? apiKey = IngestApi.Key, long maxDocumentBytes = IngestApi.MaxDocumentBytes, long? streamAboveBytes = null,
    TimeSpan? failureRecordDelay = null)
    : WebApplicationFactory<ingest::Program>
{
    public const string Key = "test-key-7f3a";
    public const long MaxDocumentBytes = 64 * 1024;
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-api-");

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PIPELINE_TRANSPORT", "inmemory");
        builder.UseSetting("PIPELINE_STORE", "sqlite");
        builder.UseSetting("PIPELINE_SQLITE_PATH", Path.Combine(_directory.FullName, "pipeline.db"));
        builder.UseSetting("PIPELINE_MAX_DOCUMENT_BYTES", maxDocumentBytes.ToString(CultureInfo.InvariantCulture));
        if (apiKey is not null) builder.UseSetting("PIPELINE_API_KEY", apiKey);
        if (streamAboveBytes is { } above) builder.UseSetting("PIPELINE_STREAM_ABOVE_BYTES", above.ToString(CultureInfo.InvariantCulture));
        if (failureRecordDelay is { } delay)
            builder.ConfigureTestServices(services =>
            {
                var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
                services.Remove(registered);
                services.AddSingleton(provider => SlowFailureRecords.Around((IDocumentStore)registered.ImplementationFactory!(provider), delay));
            });
    }

    /// <summary>A client that sends the key (or <paramref name="key"/>, or none when null).</summary>
    public HttpClient Client(string? key = Key)
    {
        var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
