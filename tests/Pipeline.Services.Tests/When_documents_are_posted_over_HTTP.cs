using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

public sealed class When_documents_are_posted_over_HTTP : IAsyncLifetime
{
    private readonly IngestApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    private static ByteArrayContent Raw(string text, string contentType = "text/plain")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpContent content, string path = "/documents", string? key = IngestApi.Key)
    {
        using var response = await _api.Client(key).PostAsync(path, content);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Should_drop_a_raw_body_and_answer_202_with_the_document_and_its_status_link()
    {
        var content = Raw(Articles.Text);
        content.Headers.Add("X-File-Name", "rail-link.txt");

        var (status, body) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.Accepted, status);
        var document = Assert.Single(body.GetProperty("documents").EnumerateArray());
        var id = document.GetProperty("documentId").GetString()!;
        Assert.Equal((1, true, $"/documents/{id}"), (document.GetProperty("version").GetInt32(), document.GetProperty("changed").GetBoolean(), document.GetProperty("status").GetString()));
        var stored = (await _api.Store.GetVersionAsync(id, 1))!;
        Assert.Equal(("rail-link.txt", "plaintext"), (stored.FileName, stored.Format));
        Assert.Contains("840 million euros", stored.Text);
    }

    [Fact]
    public async Task Should_store_the_upload_as_it_came_and_stream_a_large_text_into_the_blob_store()
    {
        await using var api = new IngestApi(streamAboveBytes: 256);
        var content = Raw(Articles.Text);
        content.Headers.Add("X-File-Name", "rail-link.txt");

        using var response = await api.Client().PostAsync("/documents", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = (await api.Store.GetVersionAsync(body.GetProperty("documents")[0].GetProperty("documentId").GetString()!, 1))!;
        Assert.Equal(Storage.ContentHash.Of(Encoding.UTF8.GetBytes(Articles.Text)), stored.ContentHash);
        await using (var original = (await api.Store.OpenBlobAsync(stored.BlobId!))!)
            Assert.Equal(Articles.Text, await new StreamReader(original).ReadToEndAsync());
        Assert.Equal(string.Empty, stored.Text);
        Assert.NotNull(stored.TextBlob);
        Assert.Contains("840 million euros", await api.Store.ReadTextAsync(stored));
    }

    [Fact]
    public async Task Should_show_the_versions_and_whether_the_public_event_went_out()
    {
        var (_, body) = await PostAsync(Raw(Articles.Text), "/documents?name=rail-link.txt");
        var id = body.GetProperty("documents")[0].GetProperty("documentId").GetString()!;
        // Clean, enrich and publish run in other services; record what they would have.
        foreach (var (stage, parent) in new[] { ("clean", 1), ("enrich", 2) })
            await _api.Store.AppendVersionAsync(new Storage.DocumentVersion
            {
                DocumentId = id, Stage = stage, ParentVersion = parent, Key = $"{stage}:{parent}", Service = $"pipeline-{stage}", ServiceVersion = "0.1.0", ContentHash = "sha256:00",
            });
        await _api.Store.RecordPublishedEventAsync(new Storage.PublishedEvent(id, 3, "DocumentPublished", Guid.NewGuid(), DateTimeOffset.UtcNow));

        var status = await _api.Client().GetFromJsonAsync<JsonElement>($"/documents/{id}");

        Assert.Equal(id, status.GetProperty("documentId").GetString());
        Assert.True(status.GetProperty("published").GetBoolean());
        Assert.Equal(3, status.GetProperty("publishedVersion").GetInt32());
        var versions = status.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["ingest", "clean", "enrich"], versions.Select(v => v.GetProperty("stage").GetString()));
        Assert.StartsWith("pipeline-ingest/", versions[0].GetProperty("service").GetString());
        Assert.Equal(["DocumentIngested"], versions[0].GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(status.GetProperty("failures").EnumerateArray());
    }

    [Fact]
    public async Task Should_answer_unchanged_when_the_same_bytes_are_posted_again()
    {
        await PostAsync(Raw(Articles.Html, "text/html"), "/documents?name=ferry-terminal.html&source=coastline");

        var (status, body) = await PostAsync(Raw(Articles.Html, "text/html"), "/documents?name=ferry-terminal.html&source=coastline");

        Assert.Equal(HttpStatusCode.Accepted, status);
        var document = Assert.Single(body.GetProperty("documents").EnumerateArray());
        Assert.False(document.GetProperty("changed").GetBoolean());
        Assert.Equal(1, document.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Should_drop_each_file_of_a_multipart_body()
    {
        using var form = new MultipartFormDataContent
        {
            { Raw(Articles.Text), "file", "rail-link.txt" },
            { Raw(Articles.Html, "text/html"), "file", "ferry-terminal.html" },
            { new StringContent("upload-test"), "source" },
        };

        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.Accepted, status);
        var ids = body.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("documentId").GetString()!).ToList();
        Assert.Equal(2, ids.Count);
        var versions = await Task.WhenAll(ids.Select(id => _api.Store.GetVersionAsync(id, 1)));
        Assert.Equal(["ferry-terminal.html", "rail-link.txt"], versions.Select(v => v!.FileName).Order());
        Assert.All(versions, v => Assert.Equal("upload-test", v!.Source));
    }

    [Fact]
    public async Task Should_answer_422_with_the_code_and_reason_when_ingest_refuses_the_file_and_show_it_in_the_status()
    {
        var content = new ByteArrayContent([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        content.Headers.Add("X-File-Name", "image.bin");

        var (status, body) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("unsupported-format", body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("reason").GetString()));
        var refused = Assert.Single(body.GetProperty("failures").EnumerateArray());
        var statusLink = refused.GetProperty("status").GetString()!;
        using var statusResponse = await _api.Client().GetAsync(statusLink);
        var (statusCode, document) = (statusResponse.StatusCode, await statusResponse.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(HttpStatusCode.OK, statusCode);
        Assert.Empty(document.GetProperty("versions").EnumerateArray());
        var failure = Assert.Single(document.GetProperty("failures").EnumerateArray());
        Assert.Equal(("ingest", "unsupported-format"), (failure.GetProperty("stage").GetString(), failure.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Should_answer_422_only_once_the_failure_is_recorded_so_its_status_link_shows_it_at_once()
    {
        // A store slow to write failures: the fault reaches the endpoint long before the record is written.
        await using var api = new IngestApi(failureRecordDelay: TimeSpan.FromSeconds(1.5));
        var content = new ByteArrayContent([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        content.Headers.Add("X-File-Name", "scan.bin");

        using var response = await api.Client().PostAsync("/documents", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var status = await api.Client().GetAsync(body.GetProperty("failures")[0].GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var failure = Assert.Single((await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("failures").EnumerateArray());
        Assert.Equal("unsupported-format", failure.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_body_above_the_limit_with_413_before_dropping_it()
    {
        var content = Raw(new string('a', (int)IngestApi.MaxDocumentBytes + 1));
        content.Headers.Add("X-File-Name", "big.txt");

        var (status, body) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("too-large", body.GetProperty("code").GetString());
        Assert.Contains("PIPELINE_MAX_DOCUMENT_BYTES", body.GetProperty("reason").GetString());
        Assert.Empty(await _api.Store.ListDocumentsAsync(10));
        Assert.Empty(await _api.Store.ListFailuresAsync(10));
    }

    [Fact]
    public async Task Should_refuse_a_multipart_file_above_the_limit_and_drop_none_of_the_others()
    {
        using var form = new MultipartFormDataContent
        {
            { Raw(Articles.Text), "file", "rail-link.txt" },
            { Raw(new string('a', (int)IngestApi.MaxDocumentBytes + 1)), "file", "big.txt" },
        };

        var (status, body) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("big.txt", body.GetProperty("reason").GetString());
        Assert.Empty(await _api.Store.ListDocumentsAsync(10));
    }

    [Fact]
    public async Task Should_ask_for_a_name_when_a_raw_body_has_none()
    {
        var (status, body) = await PostAsync(Raw(Articles.Text));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("X-File-Name", body.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Should_answer_401_without_the_right_key(string? key)
    {
        var content = Raw(Articles.Text);
        content.Headers.Add("X-File-Name", "rail-link.txt");

        var (status, body) = await PostAsync(content, key: key);
        using var get = await _api.Client(key).GetAsync("/documents/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Empty(await _api.Store.ListDocumentsAsync(10));
    }

    [Fact]
    public async Task Should_answer_404_for_a_document_it_never_saw()
    {
        using var response = await _api.Client().GetAsync("/documents/never-dropped-0000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
