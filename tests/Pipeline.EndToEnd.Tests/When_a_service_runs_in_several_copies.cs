using Pipeline.Clean;
using Pipeline.Contracts;
using Pipeline.Ingest;

namespace Pipeline.EndToEnd.Tests;

[Collection(DistributedPipelineCollection.Name)]
public sealed class When_a_service_runs_in_several_copies(DistributedPipeline pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Should_share_the_queue_between_the_copies_and_still_process_each_document_once()
    {
        var secondCopy = new ConsumeProbe();
        await pipeline.StartAsync(StageHost.Build("pipeline-clean", pipeline.Broker.Uri, pipeline.StorePath, bus => bus.AddCleanStage(), secondCopy, prefetch: 1));
        await pipeline.Client.WaitForConsumersAsync("pipeline-clean", 2, Patience);

        var names = Enumerable.Range(0, 8).Select(i => Samples.Unique($"copies-{i}.txt")).ToList();
        foreach (var name in names) await pipeline.Client.DropAsync(name, Samples.Text($"district heating phase {name[..9]}"));
        foreach (var name in names)
            await pipeline.Client.WaitForAsync(DocumentIdentity.For(new DropDocument { FileName = name }), Patience);

        // A copy's consume observer hears of a message once its consumer has returned, which can be a
        // moment after the document it cleaned has gone through enrich and publish: wait, do not sample.
        var ids = names.Select(name => DocumentIdentity.For(new DropDocument { FileName = name })).ToHashSet();
        await secondCopy.WaitForAsync<DocumentIngested>(m => ids.Contains(m.DocumentId), 1, Patience);
        await pipeline.CleanProbe.WaitForAsync<DocumentIngested>(m => ids.Contains(m.DocumentId), 1, Patience);
        foreach (var id in ids)
        {
            var versions = await pipeline.Store.GetVersionsAsync(id);
            Assert.Single(versions, v => v.Stage == "clean");
        }
    }
}
