using System.Text.Json;
using Pipeline.Cli;
using Pipeline.Contracts;
using Pipeline.Ingest;

namespace Pipeline.EndToEnd.Tests;

[Collection(DistributedPipelineCollection.Name)]
public sealed class When_files_land_in_a_watched_folder(DistributedPipeline pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_publish_a_file_the_ingest_service_watches_for_in_a_trace_that_starts_at_the_watcher()
    {
        var name = Samples.Unique("watched.md");

        await File.WriteAllBytesAsync(Path.Combine(pipeline.WatchDirectory, name), Samples.Markdown("a lighthouse museum"));

        var published = await pipeline.Client.WaitForAsync(IdOf(name), Patience);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Equal(name, published.GetProperty("fileName").GetString());
        var traceId = published.GetProperty("traceId").GetString();
        var root = Assert.Single(await pipeline.WaitForSpansAsync(s => s.DisplayName == "watch pipeline-ingest" && (string?)s.GetTagItem("file.name") == name, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(traceId, root.TraceId.ToString());
        Assert.Equal(default, root.ParentSpanId);
    }

    [Fact]
    public async Task Should_publish_what_pipeline_watch_drops_and_stop_on_cancel()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-cli-watch-");
        try
        {
            var before = Samples.Unique("before-watch.txt");
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, before), Samples.Text("an early ferry"));
            using var stop = new CancellationTokenSource();
            var watching = PipelineCli.Create().Parse(["watch", folder.FullName, "--rabbitmq", pipeline.Broker.Uri.ToString(), "--source", "cli-watch"])
                .InvokeAsync(cancellationToken: stop.Token);

            await pipeline.Client.WaitForAsync(IdOf(before, "cli-watch"), Patience);
            var after = Samples.Unique("after-watch.txt");
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, after), Samples.Text("a late ferry"));
            var published = await pipeline.Client.WaitForAsync(IdOf(after, "cli-watch"), Patience);
            // The watcher remembers a drop once the broker confirms it, and a persistent message can
            // be consumed (and its document published) before the broker's disk write confirms it.
            var remembered = await RememberedAsync(folder, after);
            await stop.CancelAsync();

            Assert.Equal("cli-watch", published.GetProperty("source").GetString());
            Assert.Equal(0, await watching.WaitAsync(Patience));
            Assert.Equal([after, before], remembered);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The files the watch state names once it names <paramref name="file"/> (or after the patience runs out).</summary>
    private static async Task<List<string>> RememberedAsync(DirectoryInfo folder, string file)
    {
        var path = Path.Combine(folder.FullName, ".pipeline-watch.json");
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            List<string> names = [];
            if (File.Exists(path))
            {
                using var state = JsonDocument.Parse(await File.ReadAllTextAsync(path));
                names = state.RootElement.EnumerateObject().Select(p => p.Name).Order().ToList();
            }
            if (names.Contains(file) || timeout.IsCancellationRequested) return names;
            await Task.Delay(50);
        }
    }

    private static string IdOf(string fileName, string? source = null) => DocumentIdentity.For(new DropDocument { FileName = fileName, Source = source });
}
