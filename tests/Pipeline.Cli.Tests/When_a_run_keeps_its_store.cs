using System.Text.Json;

namespace Pipeline.Cli.Tests;

/// <summary><c>pipeline run --store</c>: a second run of the same files stores and publishes nothing new.</summary>
public sealed class When_a_run_keeps_its_store : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("pipeline-store-run-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_report_the_same_documents_unchanged_from_the_stored_versions()
    {
        var store = Path.Combine(_work.FullName, "pipeline.db");
        var input = Path.Combine(Repository.Seeds, "caspian-grain-corridor.txt");
        var first = Path.Combine(_work.FullName, "first");
        var second = Path.Combine(_work.FullName, "second");

        Assert.Equal(0, await PipelineCli.Create().Parse(["run", input, "--store", store, "--out", first]).InvokeAsync());
        Assert.Equal(0, await PipelineCli.Create().Parse(["run", input, "--store", store, "--out", second]).InvokeAsync());

        var before = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "caspian-grain-corridor.json"))).RootElement;
        var after = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "caspian-grain-corridor.json"))).RootElement;
        Assert.Equal(before.GetProperty("documentId").GetString(), after.GetProperty("documentId").GetString());
        Assert.Equal(3, after.GetProperty("version").GetInt32());
        Assert.Equal(before.GetProperty("text").GetString(), after.GetProperty("text").GetString());
        Assert.Equal(before.GetProperty("traceId").GetString(), after.GetProperty("traceId").GetString());
    }
}
