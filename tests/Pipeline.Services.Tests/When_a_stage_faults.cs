using MassTransit;
using Pipeline.Contracts;
using Pipeline.Messaging.Drops;

namespace Pipeline.Services.Tests;

public sealed class When_a_stage_faults
{
    [Fact]
    public async Task Should_have_the_failure_stored_before_a_requester_hears_of_the_fault()
    {
        // A store slow to write failures: were the record written after the fault went out, the requester would hear
        // of the fault a second and a half before the store knew of it.
        await using var pipeline = new StageHarness(storeSeenByStages: store => SlowFailureRecords.Around(store, TimeSpan.FromSeconds(1.5)));
        await pipeline.StartAsync();
        var drop = new DropDocument { FileName = "scan.bin", Content = new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00 } };

        await Assert.ThrowsAsync<RequestFaultException>(() =>
            pipeline.DropClient.GetResponse<DropAccepted>(drop, request => request.UseExecute(send => send.Serializer = new DropSerializer())));

        var failure = Assert.Single(await pipeline.Store.ListFailuresAsync(10));
        Assert.Equal(("ingest", "unsupported-format", "scan.bin"), (failure.Stage, failure.Code, failure.FileName));
    }

    [Fact]
    public async Task Should_record_nothing_when_a_retry_succeeds()
    {
        await using var pipeline = new StageHarness(storeSeenByStages: store => FailingCalls.Around(store, "GetVersionAsync", times: 1));
        await pipeline.StartAsync();

        await pipeline.DropAsync("rail-link.txt", Articles.Text);

        Assert.True(await pipeline.Harness.Published.Any<DocumentPublished>());
        Assert.Empty(await pipeline.Store.ListFailuresAsync(10));
        Assert.Empty(pipeline.Harness.Published.Select<DocumentFailed>());
    }

    [Fact]
    public async Task Should_record_a_failure_that_outlasts_the_retries_once_and_publish_DocumentFailed_once()
    {
        await using var pipeline = new StageHarness(storeSeenByStages: store => FailingCalls.Around(store, "GetVersionAsync", times: int.MaxValue));
        await pipeline.StartAsync();

        await pipeline.DropAsync("rail-link.txt", Articles.Text);

        var failed = (await pipeline.Harness.Published.SelectAsync<DocumentFailed>().FirstAsync()).Context.Message;
        Assert.Equal(("clean", "error"), (failed.Stage, failed.Code));
        var failure = Assert.Single(await pipeline.Store.ListFailuresAsync(10));
        Assert.Equal((failed.DocumentId, "clean"), (failure.DocumentId, failure.Stage));
        Assert.Single(pipeline.Harness.Published.Select<DocumentFailed>());
    }
}
