using System.Text.Json;
using Pipeline.Contracts;
using Pipeline.Ingest;

namespace Pipeline.EndToEnd.Tests;

[Collection(DistributedPipelineCollection.Name)]
public sealed class When_files_are_dropped_over_raw_AMQP(DistributedPipeline pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private async Task<IReadOnlyList<JsonElement>> DropThreeAsync()
    {
        var files = new (string Name, byte[] Content, string? Type)[]
        {
            (Samples.Unique("bridge.html"), Samples.Html("a new pedestrian bridge"), "text/html"),
            (Samples.Unique("tramline.txt"), Samples.Text("a tram line to the airport"), null),
            (Samples.Unique("highway.md"), Samples.Markdown("a ring road around the city"), "text/markdown"),
        };
        foreach (var (name, content, type) in files) await pipeline.Client.DropAsync(name, content, type);

        var events = new List<JsonElement>();
        foreach (var (name, _, _) in files) events.Add(await pipeline.Client.WaitForAsync(IdOf(name), Patience));
        return events;
    }

    [Fact]
    public async Task Should_reach_a_plain_subscriber_as_the_public_event_with_flat_fields()
    {
        var events = await DropThreeAsync();

        Assert.All(events, e =>
        {
            Assert.Equal(1, e.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(3, e.GetProperty("version").GetInt32());
            Assert.StartsWith("sha256:", e.GetProperty("contentHash").GetString());
            Assert.Equal("en", e.GetProperty("language").GetString());
            Assert.DoesNotContain("Subscribe", e.GetProperty("text").GetString());
            Assert.Equal(4, e.GetProperty("stageTimings").GetArrayLength());
            Assert.True(e.GetProperty("entities").GetArrayLength() > 0);
            Assert.Equal(32, e.GetProperty("traceId").GetString()!.Length);
        });
        Assert.Equal(["html", "plaintext", "markdown"], events.Select(e => e.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task Should_leave_exactly_versions_1_2_3_made_by_ingest_clean_and_enrich()
    {
        var events = await DropThreeAsync();

        foreach (var id in events.Select(e => e.GetProperty("documentId").GetString()!))
        {
            var versions = await pipeline.Store.GetVersionsAsync(id);
            Assert.Equal([(1, "ingest", "pipeline-ingest"), (2, "clean", "pipeline-clean"), (3, "enrich", "pipeline-enrich")],
                versions.Select(v => (v.Version, v.Stage, v.Service)));
        }
    }

    [Fact]
    public async Task Should_follow_each_document_in_one_trace_through_the_four_services()
    {
        var events = await DropThreeAsync();

        foreach (var published in events)
        {
            var id = published.GetProperty("documentId").GetString();
            var traceId = published.GetProperty("traceId").GetString();
            var stageSpans = await pipeline.WaitForSpansAsync(s => (string?)s.GetTagItem("document.id") == id, 4, TimeSpan.FromSeconds(10));
            Assert.True(stageSpans.Count == 4, string.Join(", ", stageSpans.Select(s => $"{s.DisplayName}@{s.StartTimeUtc:O}")));
            Assert.Equal("ingest document, clean document, enrich document, publish document",
                string.Join(", ", stageSpans.OrderBy(s => s.StartTimeUtc).Select(s => s.DisplayName)));
            Assert.All(stageSpans, s => Assert.Equal(traceId, s.TraceId.ToString()));
            Assert.Equal([1, 2, 3], stageSpans.OrderBy(s => s.StartTimeUtc).Skip(1).Select(s => (int)s.GetTagItem("document.version")!));
            var versions = await pipeline.Store.GetVersionsAsync(id!);
            Assert.All(versions, v => Assert.Equal(traceId, v.TraceId));
            // The hops between services are MassTransit's consume spans, in the same trace.
            Assert.NotEmpty(await pipeline.WaitForSpansAsync(s => s.TraceId.ToString() == traceId && s.DisplayName == "pipeline-enrich process", 1, TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task Should_make_no_new_version_and_no_new_event_when_the_same_file_is_dropped_again()
    {
        var name = Samples.Unique("repeat.html");
        var content = Samples.Html("a second look at the harbour plan");
        await pipeline.Client.DropAsync(name, content);
        var id = (await pipeline.Client.WaitForAsync(IdOf(name), Patience)).GetProperty("documentId").GetString()!;
        var eventsBefore = pipeline.Client.Received.Count(e => e.GetProperty("documentId").GetString() == id);
        // Each stage records its event just after publishing it (publish's DocumentPublished after the subscriber may
        // already have it): the first pass is only over when the store holds all four. The file comes again after that,
        // so what the second drop adds is what it alone does.
        await pipeline.IngestProbe.WaitForAsync<DropDocument>(d => d.FileName == name, 1, Patience);
        Assert.Equal(4, (await pipeline.WaitForPublishedEventsAsync(id, 4, Patience)).Count);

        await pipeline.Client.DropAsync(name, content);
        await pipeline.IngestProbe.WaitForAsync<DropDocument>(d => d.FileName == name, 2, Patience);

        Assert.Equal(3, (await pipeline.Store.GetVersionsAsync(id)).Count);
        Assert.Equal(3, (await pipeline.Store.GetPublishedEventsAsync(id)).Count(e => e.EventName != nameof(DocumentPublished)));
        Assert.Equal(0u, await pipeline.Client.MessageCountAsync("pipeline-clean"));
        Assert.Equal(1, eventsBefore);
        Assert.Single(await pipeline.Store.GetPublishedEventsAsync(id), e => e.EventName == nameof(DocumentPublished));
    }

    /// <summary>The id ingest gives a file dropped under this name with no source.</summary>
    private static string IdOf(string fileName) => DocumentIdentity.For(new DropDocument { FileName = fileName });
}
