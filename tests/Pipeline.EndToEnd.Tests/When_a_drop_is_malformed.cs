using System.Text;
using System.Text.Json;
using Pipeline.Contracts;
using Pipeline.Ingest;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// Drops no well-behaved client would send, made with plain RabbitMQ.Client: each must end as one
/// failure record, one DocumentFailed and one message in the error queue, and must not come back.
/// </summary>
[Collection(DistributedPipelineCollection.Name)]
public sealed class When_a_drop_is_malformed(DistributedPipeline pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_refuse_a_drop_without_any_header_once(bool withBody)
    {
        var body = withBody ? Encoding.UTF8.GetBytes($"A file nobody named, {Guid.NewGuid()}.") : [];

        var (failure, announced) = await DropAndWaitForFailureAsync(() => pipeline.Client.PublishAsync(body, headers: null));

        Assert.Equal("missing-name", failure.Code);
        Assert.Contains("file-name", failure.Reason);
        Assert.Null(failure.DocumentId);
        Assert.Equal(JsonValueKind.Null, announced.GetProperty("documentId").ValueKind);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("list")]
    [InlineData("boolean")]
    [InlineData("bytes that are not UTF-8")]
    public async Task Should_refuse_a_header_that_is_not_text_and_name_it(string kind)
    {
        var name = Samples.Unique("odd-header.txt");
        object value = kind switch
        {
            "table" => new Dictionary<string, object?> { ["url"] = "https://example.test" },
            "list" => new List<object?> { "a", "b" },
            "boolean" => true,
            _ => new byte[] { 0x66, 0xFF, 0xFE, 0x6F },
        };
        var headers = new Dictionary<string, object?> { ["file-name"] = Encoding.UTF8.GetBytes(name), ["source"] = value };

        var (failure, _) = await DropAndWaitForFailureAsync(() => pipeline.Client.PublishAsync(Samples.Text("a harbour crane"), headers));

        Assert.Equal("bad-header", failure.Code);
        Assert.Contains("'source'", failure.Reason);
    }

    [Fact]
    public async Task Should_refuse_a_file_name_that_is_not_UTF8()
    {
        var marker = Guid.NewGuid().ToString("N");
        var headers = new Dictionary<string, object?> { ["file-name"] = new byte[] { 0x72, 0xE9, 0x73, 0x75, 0x6D, 0xE9 }, ["source"] = Encoding.UTF8.GetBytes(marker) };

        var (failure, _) = await DropAndWaitForFailureAsync(() => pipeline.Client.PublishAsync(Samples.Text("a ferry timetable"), headers));

        Assert.Equal("bad-header", failure.Code);
        Assert.Contains("'file-name'", failure.Reason);
    }

    [Theory]
    [InlineData(DistributedPipeline.MaxDocumentBytes + 1)]
    // Above RabbitMQ.Client's 64 MiB default, which would otherwise close the connection and bring the message back forever.
    [InlineData(64 * 1024 * 1024 + 1)]
    public async Task Should_refuse_a_file_above_the_limit_as_too_large(long size)
    {
        var name = Samples.Unique("oversized.txt");
        var body = new byte[size];
        body.AsSpan().Fill((byte)'a');

        var (failure, announced) = await DropAndWaitForFailureAsync(() => pipeline.Client.DropAsync(name, body));

        Assert.Equal("too-large", failure.Code);
        Assert.Contains("PIPELINE_MAX_DOCUMENT_BYTES", failure.Reason);
        Assert.Equal(IdOf(name), failure.DocumentId);
        Assert.Equal("too-large", Code(announced));
    }

    [Fact]
    public async Task Should_read_a_whole_number_header_as_its_digits()
    {
        var id = Random.Shared.NextInt64(1_000_000_000, long.MaxValue);
        var headers = new Dictionary<string, object?> { ["file-name"] = Encoding.UTF8.GetBytes(Samples.Unique("numbered.txt")), ["document-id"] = id };

        await pipeline.Client.PublishAsync(Samples.Text("a numbered report"), headers);

        var published = await pipeline.Client.WaitForAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), Patience);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Should_take_a_malformed_content_type_property_as_no_claim()
    {
        var name = Samples.Unique("odd-type.md");

        await pipeline.Client.DropAsync(name, Samples.Markdown("a cable car"), contentType: "this is; not = a media type;;");

        var published = await pipeline.Client.WaitForAsync(IdOf(name), Patience);
        Assert.Equal("markdown", published.GetProperty("format").GetString());
    }

    /// <summary>
    /// Drops, finds the one failure record the drop left and its announcement (same trace), then
    /// proves the drop is gone for good: it sits in the error queue, a good file dropped after it is
    /// consumed, the ingest queue is then empty, and the drop left no second record (a redelivery
    /// would). Waits for records and file names, never for a count of consumed messages: a late
    /// message of an earlier test would count as this one's.
    /// </summary>
    private async Task<(Storage.FailureRecord Failure, JsonElement Announced)> DropAndWaitForFailureAsync(Func<Task> drop)
    {
        var errors = await pipeline.Client.MessageCountAsync("pipeline-ingest_error");
        var known = (await pipeline.Store.ListFailuresAsync(10_000)).Select(f => f.Id).ToHashSet();

        await drop();
        var failure = Assert.Single(await pipeline.WaitForFailuresAsync(f => !known.Contains(f.Id), Patience));
        Assert.Equal("ingest", failure.Stage);
        Assert.NotNull(failure.TraceId);
        var announced = await pipeline.FailureClient.WaitForAsync(e => e.GetProperty("traceId").GetString() == failure.TraceId, Patience);
        Assert.Equal(failure.Code, Code(announced));
        await pipeline.Client.WaitForMessagesAsync("pipeline-ingest_error", errors + 1, Patience);

        var next = Samples.Unique("after-malformed.txt");
        await pipeline.Client.DropAsync(next, Samples.Text("a quiet afternoon"));
        await pipeline.IngestProbe.WaitForAsync<DropDocument>(d => d.FileName == next, 1, Patience);
        Assert.Equal(0u, await pipeline.Client.MessageCountAsync("pipeline-ingest"));
        Assert.Single(await pipeline.Store.ListFailuresAsync(10_000), f => !known.Contains(f.Id) && f.Code == failure.Code);
        return (failure, announced);
    }

    private static string? Code(JsonElement announced) => announced.GetProperty("code").GetString();

    private static string IdOf(string fileName) => DocumentIdentity.For(new DropDocument { FileName = fileName });
}
