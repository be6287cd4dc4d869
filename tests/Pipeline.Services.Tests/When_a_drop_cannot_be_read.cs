using Pipeline.Contracts;
using Pipeline.Ingest;

namespace Pipeline.Services.Tests;

public sealed class When_a_drop_cannot_be_read : IAsyncLifetime
{
    private readonly StageHarness _pipeline = new();

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x0A }, "empty")]
    [InlineData("image.bin", new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00 }, "unsupported-format")]
    public async Task Should_record_the_failure_and_publish_DocumentFailed_once_without_retrying(string fileName, byte[] content, string code)
    {
        await _pipeline.DropAsync(new DropDocument { FileName = fileName, Content = content });

        var failed = (await _pipeline.Harness.Published.SelectAsync<DocumentFailed>().FirstAsync()).Context.Message;
        Assert.Equal("ingest", failed.Stage);
        Assert.Equal(code, failed.Code);
        Assert.Equal(fileName, failed.FileName);
        Assert.NotNull(failed.DocumentId);
        Assert.False(string.IsNullOrWhiteSpace(failed.Reason));
        var record = Assert.Single(await _pipeline.Store.ListFailuresAsync(10));
        Assert.Equal((failed.DocumentId, "ingest", code), (record.DocumentId, record.Stage, record.Code));
        var consumer = _pipeline.Harness.GetConsumerHarness<DropDocumentConsumer>();
        Assert.Single(consumer.Consumed.Select<DropDocument>());
        Assert.Empty(_pipeline.Harness.Published.Select<DocumentIngested>());
    }

    [Fact]
    public async Task Should_name_the_missing_header_when_a_drop_has_no_file_name()
    {
        await _pipeline.DropAsync(new DropDocument { FileName = "", Content = "some text"u8.ToArray() });

        var failed = (await _pipeline.Harness.Published.SelectAsync<DocumentFailed>().FirstAsync()).Context.Message;
        Assert.Equal("missing-name", failed.Code);
        Assert.Contains("file-name", failed.Reason);
        Assert.Null(failed.DocumentId);
    }

    [Fact]
    public async Task Should_keep_one_failure_record_when_the_same_bad_file_comes_twice()
    {
        var drop = new DropDocument { FileName = "empty.txt" };
        await _pipeline.DropAsync(drop);
        await _pipeline.DropAsync(drop);

        await _pipeline.Harness.Consumed.SelectAsync<DropDocument>().Take(2).CountAsync();
        Assert.Single(await _pipeline.Store.ListFailuresAsync(10));
        Assert.Single(_pipeline.Harness.Published.Select<DocumentFailed>());
    }

    [Fact]
    public async Task Should_keep_the_pipeline_flowing_for_the_next_good_file()
    {
        await _pipeline.DropAsync(new DropDocument { FileName = "empty.txt" });
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);

        Assert.True(await _pipeline.Harness.Published.Any<DocumentFailed>());
        Assert.True(await _pipeline.Harness.Published.Any<DocumentPublished>());
    }
}
