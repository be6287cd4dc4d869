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

        await pipeline.Client.DropAsync(name, []);
        var failure = Assert.Single(await pipeline.WaitForFailuresAsync(f => f.FileName == name, Patience));
        Assert.Equal(("ingest", "empty"), (failure.Stage, failure.Code));
        Assert.NotNull(failure.TraceId);
        var announced = await WaitForFailureAsync(failure.DocumentId!);
        Assert.Equal("empty", announced.GetProperty("code").GetString());
        await pipeline.Client.WaitForMessagesAsync("pipeline-ingest_error", 1, Patience);
    }

    [Fact]
    public async Task Should_keep_processing_the_files_dropped_after_it()
    {
        var bad = Samples.Unique("noise.bin");
        var good = Samples.Unique("after-noise.md");

        await pipeline.Client.DropAsync(bad, [0x00, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x00, 0x01]);
        await pipeline.Client.DropAsync(good, Samples.Markdown("a water treatment plant"));

        var published = await pipeline.Client.WaitForAsync(Ingest.DocumentIdentity.For(new DropDocument { FileName = good }), Patience);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Contains(await pipeline.Store.ListFailuresAsync(1000), f => f.FileName == bad && f.Code == "unsupported-format");
    }

    private async Task<JsonElement> WaitForFailureAsync(string documentId) =>
        await pipeline.FailureClient.WaitForAsync(documentId, Patience);
}
