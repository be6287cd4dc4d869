using System.Text.Json;
using Pipeline.Contracts;

namespace Pipeline.EndToEnd.Tests;

[Collection(DistributedPipelineCollection.Name)]
public sealed class When_a_drop_is_unreadable(DistributedPipeline pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_record_it_announce_it_and_keep_the_file_in_the_error_queue()
    {
        var name = Samples.Unique("empty.txt");
        var errors = await pipeline.Client.MessageCountAsync("pipeline-ingest_error");

        await pipeline.Client.DropAsync(name, []);
        var failure = Assert.Single(await pipeline.WaitForFailuresAsync(f => f.FileName == name, Patience));
        Assert.Equal(("ingest", "empty"), (failure.Stage, failure.Code));
        Assert.NotNull(failure.TraceId);
        var announced = await WaitForFailureAsync(failure.DocumentId!);
        Assert.Equal("empty", announced.GetProperty("code").GetString());
        // This drop's own message, not any earlier test's: the queue only grows within a run.
        await pipeline.Client.WaitForMessagesAsync("pipeline-ingest_error", errors + 1, Patience);
    }

    [Fact]
    public async Task Should_keep_processing_the_files_dropped_after_it()
    {
        var bad = Samples.Unique("noise.bin");
        var good = Samples.Unique("after-noise.md");

        var errors = await pipeline.Client.MessageCountAsync("pipeline-ingest_error");
        await pipeline.Client.DropAsync(bad, [0x00, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x00, 0x01]);
        await pipeline.Client.DropAsync(good, Samples.Markdown("a water treatment plant"));

        var published = await pipeline.Client.WaitForAsync(Ingest.DocumentIdentity.For(new DropDocument { FileName = good }), Patience);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        // Ingest takes several drops at once (prefetch), so the good file can be published before the bad one's
        // failure is recorded: wait for the record. Then wait for its message in the error queue, so no later test
        // counts it as its own.
        var failure = Assert.Single(await pipeline.WaitForFailuresAsync(f => f.FileName == bad, Patience));
        Assert.Equal("unsupported-format", failure.Code);
        await pipeline.Client.WaitForMessagesAsync("pipeline-ingest_error", errors + 1, Patience);
    }

    private async Task<JsonElement> WaitForFailureAsync(string documentId) =>
        await pipeline.FailureClient.WaitForAsync(documentId, Patience);
}
