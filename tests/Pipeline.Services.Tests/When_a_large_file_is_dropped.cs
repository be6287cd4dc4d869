using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Extraction;
using Pipeline.Ingest;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

/// <summary>
/// Large files, scaled down: the streaming threshold is set to 256 bytes, so the team's articles take
/// the path a 100 MB file takes (text streamed into the blob store, staged drops by reference).
/// </summary>
public sealed class When_a_large_file_is_dropped : IAsyncLifetime
{
    private readonly StageHarness _pipeline = new(bus =>
    {
        bus.AddSingleton(new IngestOptions { StreamingThresholdBytes = 256 });
        StageHarness.AllStages(bus);
    });

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_keep_the_streamed_text_in_the_blob_store_and_carry_it_through_every_stage()
    {
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Articles.Text) > 256);
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);

        var published = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        var ingested = (await _pipeline.Store.GetVersionAsync(published.DocumentId, 1))!;
        Assert.Equal(string.Empty, ingested.Text);
        Assert.NotNull(ingested.TextBlob);
        var inMemory = new DocumentExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(Articles.Text), "rail-link.txt").Documents[0];
        var streamed = await _pipeline.Store.ReadTextAsync(ingested);
        Assert.Equal(inMemory.Text, streamed);
        Assert.Equal(streamed.Length, ingested.TextLength());
        Assert.Equal(inMemory.Title, ingested.Title);
        Assert.Equal(ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(streamed)), "sha256:" + ingested.TextBlob);
        // Clean read the streamed text: the article survives, the boilerplate does not.
        Assert.Contains("840 million euros", published.Text);
        Assert.DoesNotContain("newsletter", published.Text);
        Assert.Contains(published.Entities, e => e.Type == "PERSON" && e.Text == "Helena Croft");
    }

    [Fact]
    public async Task Should_ingest_a_staged_drop_from_the_blob_store_and_ignore_it_when_it_comes_again()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Articles.Html);
        var hash = ContentHash.Of(bytes);
        await _pipeline.Store.SaveBlobAsync(ContentHash.Digits(hash), new MemoryStream(bytes), "ferry-terminal.html", "text/html");
        var drop = new DropDocument { FileName = "ferry-terminal.html", Source = "https://coastline.example/ferry", BlobId = ContentHash.Digits(hash) };

        await _pipeline.DropAsync(drop);
        var ingested = (await _pipeline.Harness.Published.SelectAsync<DocumentIngested>().FirstAsync()).Context.Message;
        var version = (await _pipeline.Store.GetVersionAsync(ingested.DocumentId, ingested.Version))!;
        Assert.Equal(hash, version.ContentHash);
        Assert.Equal(ContentHash.Digits(hash), version.BlobId);
        Assert.Equal("html", version.Format);
        Assert.Contains("second ferry terminal", await _pipeline.Store.ReadTextAsync(version));
        // DocumentIngested is seen as ingest publishes it, a moment before ingest records that it went out: the drop
        // comes again once that consume has ended (sooner, it would rightly publish again).
        await _pipeline.Harness.Consumed.SelectAsync<DropDocument>().FirstAsync();

        await _pipeline.DropAsync(drop);
        await _pipeline.Harness.Consumed.SelectAsync<DropDocument>().Take(2).CountAsync();
        Assert.Single(_pipeline.Harness.Published.Select<DocumentIngested>());
        Assert.Equal(hash, (await _pipeline.Store.GetLatestVersionAsync(ingested.DocumentId, "ingest"))!.ContentHash);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", false, "missing-blob")]
    [InlineData("not-a-hash", false, "bad-header")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", true, "bad-header")]
    public async Task Should_record_a_failure_for_a_staged_drop_it_cannot_read(string blobId, bool withBody, string code)
    {
        await _pipeline.DropAsync(new DropDocument { FileName = "missing.txt", BlobId = blobId, Content = withBody ? "text"u8.ToArray() : default });

        var failed = (await _pipeline.Harness.Published.SelectAsync<DocumentFailed>().FirstAsync()).Context.Message;
        Assert.Equal(("ingest", code), (failed.Stage, failed.Code));
        Assert.Contains(code == "missing-blob" ? "not in the store" : "blob-id", failed.Reason);
        Assert.Single(await _pipeline.Store.ListFailuresAsync(10));
        Assert.Empty(_pipeline.Harness.Published.Select<DocumentIngested>());
    }
}
