using System.Text;
using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Storage.Tests;

/// <summary>
/// What every store must do, whatever keeps the data. Each implementation runs this whole suite
/// (SQLite always; MongoDB where a server can be reached).
/// </summary>
public abstract class DocumentStoreContract : IAsyncLifetime
{
    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>A fresh, initialised store; throws <see cref="SkipException"/> when its server is out of reach.</summary>
    protected abstract Task<IDocumentStore> CreateStoreAsync(int inlineTextLimit);

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    /// <summary>Small enough that the large-text test crosses it on every store.</summary>
    protected const int InlineTextLimit = 64 * 1024;

    public async Task InitializeAsync()
    {
        try
        {
            _store = await CreateStoreAsync(InlineTextLimit);
        }
        catch (SkipException)
        {
            // Each test re-raises the skip with its reason.
        }
    }

    public Task DisposeAsync() => DisposeStoreAsync();

    private async Task<IDocumentStore> Ready()
    {
        if (_store is null) _store = await CreateStoreAsync(InlineTextLimit); // throws the SkipException again
        return _store;
    }

    [SkippableFact]
    public async Task Should_number_versions_one_two_three_in_the_order_they_are_appended()
    {
        var store = await Ready();
        var first = await store.AppendVersionAsync(Drafts.Ingest("doc-a", "ingest:1"));
        var second = await store.AppendVersionAsync(Drafts.Derived("doc-a", "clean", 1));
        var third = await store.AppendVersionAsync(Drafts.Derived("doc-a", "enrich", 2));

        Assert.Equal([1, 2, 3], new[] { first.Version.Version, second.Version.Version, third.Version.Version });
        Assert.All([first, second, third], result => Assert.True(result.Created));
        Assert.Equal(["ingest", "clean", "enrich"], (await store.GetVersionsAsync("doc-a")).Select(v => v.Stage));
    }

    [SkippableFact]
    public async Task Should_return_the_stored_version_and_store_nothing_when_the_key_repeats()
    {
        var store = await Ready();
        await store.AppendVersionAsync(Drafts.Ingest("doc-b", "ingest:1"));
        var original = await store.AppendVersionAsync(Drafts.Derived("doc-b", "clean", 1, "first cleaning"));

        var again = await store.AppendVersionAsync(Drafts.Derived("doc-b", "clean", 1, "a redelivery computing something else"));

        Assert.False(again.Created);
        Assert.Equal(original.Version.Version, again.Version.Version);
        Assert.Equal("first cleaning", again.Version.Text);
        Assert.Equal(2, (await store.GetVersionsAsync("doc-b")).Count);
    }

    [SkippableFact]
    public async Task Should_give_concurrent_appends_distinct_consecutive_numbers()
    {
        var store = await Ready();
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => store.AppendVersionAsync(Drafts.Ingest("doc-c", $"ingest:{i}", $"text {i}")))));

        Assert.Equal(Enumerable.Range(1, 12), results.Select(r => r.Version.Version).Order());
        Assert.Equal(12, (await store.GetDocumentAsync("doc-c"))!.LatestVersion);
    }

    [SkippableFact]
    public async Task Should_store_one_version_when_the_same_key_is_appended_concurrently()
    {
        var store = await Ready();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => store.AppendVersionAsync(Drafts.Ingest("doc-d", "ingest:same")))));

        Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(1, r.Version.Version));
        Assert.Single(await store.GetVersionsAsync("doc-d"));
    }

    [SkippableFact]
    public async Task Should_keep_every_field_of_a_version()
    {
        var store = await Ready();
        var draft = Drafts.Ingest("doc-e", "ingest:1", "Zürich — naïve café, 東京, emoji 🚢\n\nSecond paragraph.") with
        {
            DurationMs = 12.5,
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
            Markup = "<p>Zürich</p>",
            Language = "de",
            BlobId = "abc",
            BlobLength = 42,
            ContentType = "text/html",
            Format = "html",
            Metadata = new Dictionary<string, string> { ["author"] = "Ana Ruiz", ["odd.key$"] = "dots and dollars" },
            Data = """{"removed":[{"text":"Menu","reason":"nav"}],"score":0.5,"count":3,"nested":{"ok":true}}""",
        };

        await store.AppendVersionAsync(draft);
        var stored = (await store.GetVersionAsync("doc-e", 1))!;

        Assert.Equal(draft with { Version = 1, CreatedAt = stored.CreatedAt, Metadata = stored.Metadata, Data = stored.Data }, stored);
        Assert.Equal(draft.Metadata, stored.Metadata);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(draft.Data!).RootElement, JsonDocument.Parse(stored.Data!).RootElement));
        Assert.InRange(stored.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [SkippableFact]
    public async Task Should_keep_texts_larger_than_a_document_can_hold()
    {
        var store = await Ready();
        var text = string.Concat(Enumerable.Repeat("A long line of article text, repeated. ", InlineTextLimit / 10));
        await store.AppendVersionAsync(Drafts.Ingest("doc-f", "ingest:1", text) with { Markup = "<p>" + text + "</p>" });

        var stored = (await store.GetVersionAsync("doc-f", 1))!;

        Assert.Equal(text, stored.Text);
        Assert.Equal("<p>" + text + "</p>", stored.Markup);
    }

    [SkippableFact]
    public async Task Should_read_a_streamed_text_back_from_the_blob_it_names_and_a_kept_text_as_it_is()
    {
        var store = await Ready();
        var text = "x" + string.Concat(Enumerable.Repeat("🚢 Ölhafen 東京, a streamed line.\n\n", 20_000));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var blob = await store.SaveBlobAsync(ContentHash.Digits(ContentHash.Of(bytes)), new MemoryStream(bytes), null, "text/plain; charset=utf-8");
        await store.AppendVersionAsync(Drafts.Ingest("doc-t", "ingest:1", string.Empty) with { TextBlob = blob.Id, TextBlobCharacters = text.Length });
        await store.AppendVersionAsync(Drafts.Derived("doc-t", "clean", 1, "Kept in the version."));

        var streamed = (await store.GetVersionAsync("doc-t", 1))!;
        var kept = (await store.GetVersionAsync("doc-t", 2))!;

        Assert.Equal((blob.Id, (long?)text.Length, string.Empty), (streamed.TextBlob, streamed.TextBlobCharacters, streamed.Text));
        Assert.Equal(text, await store.ReadTextAsync(streamed));
        Assert.Equal(text.Length, streamed.TextLength());
        Assert.Equal("Kept in the version.", await store.ReadTextAsync(kept));
        await Assert.ThrowsAsync<InvalidDataException>(() => store.ReadTextAsync(streamed with { TextBlobCharacters = text.Length + 1 }));
        await Assert.ThrowsAsync<InvalidDataException>(() => store.ReadTextAsync(streamed with { TextBlob = new string('0', 64) }));
    }

    [SkippableFact]
    public async Task Should_keep_characters_outside_the_basic_plane_wherever_they_fall_in_a_long_text()
    {
        var store = await Ready();
        // An odd prefix shifts every surrogate pair across the writer's chunk boundaries.
        var text = "x" + string.Concat(Enumerable.Repeat("🚢 Ölhafen 東京 ", 40_000));
        await store.AppendVersionAsync(Drafts.Ingest("doc-n", "ingest:1", text));

        Assert.Equal(text, (await store.GetVersionAsync("doc-n", 1))!.Text);
    }

    [SkippableFact]
    public async Task Should_find_the_latest_version_of_a_stage_and_of_all_stages()
    {
        var store = await Ready();
        await store.AppendVersionAsync(Drafts.Ingest("doc-g", "ingest:a", "first"));
        await store.AppendVersionAsync(Drafts.Derived("doc-g", "clean", 1));
        await store.AppendVersionAsync(Drafts.Ingest("doc-g", "ingest:b", "second"));
        await store.AppendVersionAsync(Drafts.Derived("doc-g", "clean", 3));

        Assert.Equal(3, (await store.GetLatestVersionAsync("doc-g", "ingest"))!.Version);
        Assert.Equal(4, (await store.GetLatestVersionAsync("doc-g"))!.Version);
        Assert.Null(await store.GetLatestVersionAsync("doc-g", "enrich"));
        Assert.Null(await store.GetLatestVersionAsync("no-such-doc"));
    }

    [SkippableFact]
    public async Task Should_keep_the_document_head_in_step_with_its_versions()
    {
        var store = await Ready();
        await store.AppendVersionAsync(Drafts.Ingest("doc-h", "ingest:1") with { Title = "Draft headline" });
        await store.AppendVersionAsync(Drafts.Derived("doc-h", "clean", 1) with { Title = "Final headline" });
        await store.AppendVersionAsync(Drafts.Ingest("doc-i", "ingest:1"));

        var head = (await store.GetDocumentAsync("doc-h"))!;
        Assert.Equal(2, head.LatestVersion);
        Assert.Equal("Final headline", head.Title);
        Assert.Equal("https://news.example/story", head.Source);
        Assert.Equal("story.html", head.FileName);
        Assert.True(head.UpdatedAt >= head.CreatedAt);
        Assert.Equal("doc-i", (await store.ListDocumentsAsync(10))[0].Id);
        Assert.Null(await store.GetDocumentAsync("no-such-doc"));
    }

    [SkippableFact]
    public async Task Should_stream_blobs_back_byte_for_byte_and_keep_the_first_copy()
    {
        var store = await Ready();
        var bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(bytes);

        var saved = await store.SaveBlobAsync("blob-1", new MemoryStream(bytes), "big.bin", "application/octet-stream");
        var again = await store.SaveBlobAsync("blob-1", new MemoryStream([1, 2, 3]), "other.bin", "text/plain");

        Assert.Equal(bytes.Length, saved.Length);
        Assert.Equal(saved, again);
        await using var stream = (await store.OpenBlobAsync("blob-1"))!;
        var read = new MemoryStream();
        await stream.CopyToAsync(read);
        Assert.Equal(bytes, read.ToArray());
        Assert.Null(await store.OpenBlobAsync("no-such-blob"));
        Assert.Null(await store.GetBlobInfoAsync("no-such-blob"));
    }

    [SkippableFact]
    public async Task Should_accept_blobs_from_streams_that_cannot_seek()
    {
        var store = await Ready();
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("streamed ", 5000)));

        var saved = await store.SaveBlobAsync("blob-2", new ForwardOnlyStream(bytes), null, null);

        Assert.Equal(bytes.Length, saved.Length);
        await using var stream = (await store.OpenBlobAsync("blob-2"))!;
        var read = new MemoryStream();
        await stream.CopyToAsync(read);
        Assert.Equal(bytes, read.ToArray());
    }

    [SkippableFact]
    public async Task Should_record_a_published_event_once()
    {
        var store = await Ready();
        var published = new PublishedEvent("doc-j", 2, "DocumentCleaned", Guid.NewGuid(), DateTimeOffset.UtcNow);

        Assert.False(await store.IsEventPublishedAsync("doc-j", 2, "DocumentCleaned"));
        Assert.True(await store.RecordPublishedEventAsync(published));
        Assert.False(await store.RecordPublishedEventAsync(published with { MessageId = Guid.NewGuid() }));
        Assert.True(await store.IsEventPublishedAsync("doc-j", 2, "DocumentCleaned"));
        Assert.False(await store.IsEventPublishedAsync("doc-j", 2, "DocumentEnriched"));
        var events = await store.GetPublishedEventsAsync("doc-j");
        Assert.Equal(published.MessageId, Assert.Single(events).MessageId);
    }

    [SkippableFact]
    public async Task Should_record_a_failure_once_and_list_the_newest_first()
    {
        var store = await Ready();
        var older = new FailureRecord { Id = "f-1", Stage = "ingest", Code = "empty", Reason = "The file is empty.", At = DateTimeOffset.UtcNow.AddMinutes(-1), FileName = "a.txt" };
        var newer = older with { Id = "f-2", DocumentId = "doc-k", Version = 1, Stage = "clean", Code = "no-article", At = DateTimeOffset.UtcNow, TraceId = "abc" };

        Assert.True(await store.RecordFailureAsync(older));
        Assert.True(await store.RecordFailureAsync(newer));
        Assert.False(await store.RecordFailureAsync(newer with { Reason = "again" }));

        var failures = await store.ListFailuresAsync(10);
        Assert.Equal(["f-2", "f-1"], failures.Select(f => f.Id));
        Assert.Equal(newer.Reason, failures[0].Reason);
        Assert.Equal(newer.At.ToUnixTimeMilliseconds(), failures[0].At.ToUnixTimeMilliseconds());
    }

    [SkippableFact]
    public async Task Should_give_the_failures_of_one_document_newest_first()
    {
        var store = await Ready();
        var at = DateTimeOffset.UtcNow;
        var first = new FailureRecord { Id = "g-1", DocumentId = "doc-m", Stage = "ingest", Code = "corrupt", Reason = "Broken.", At = at.AddMinutes(-2) };
        await store.RecordFailureAsync(first);
        await store.RecordFailureAsync(first with { Id = "g-2", Stage = "clean", Code = "no-article", At = at.AddMinutes(-1) });
        await store.RecordFailureAsync(first with { Id = "g-3", DocumentId = "doc-n", At = at });
        await store.RecordFailureAsync(first with { Id = "g-4", DocumentId = null, Code = "missing-name", At = at });

        Assert.Equal(["g-2", "g-1"], (await store.GetFailuresAsync("doc-m")).Select(f => f.Id));
        Assert.Equal("clean", (await store.GetFailuresAsync("doc-m"))[0].Stage);
        Assert.Empty(await store.GetFailuresAsync("doc-without-failures"));
    }

    [SkippableFact]
    public async Task Should_save_a_source_profile_only_over_the_revision_the_writer_read()
    {
        var store = await Ready();
        Assert.Null(await store.GetSourceProfileAsync("site:news.example"));

        Assert.True(await store.SaveSourceProfileAsync("site:news.example", """{"documents":1}""", expectedRevision: 0));
        Assert.False(await store.SaveSourceProfileAsync("site:news.example", """{"documents":1}""", expectedRevision: 0));
        var first = (await store.GetSourceProfileAsync("site:news.example"))!;
        Assert.Equal((1L, """{"documents":1}"""), (first.Revision, first.Json));

        Assert.True(await store.SaveSourceProfileAsync("site:news.example", """{"documents":2}""", expectedRevision: 1));
        Assert.False(await store.SaveSourceProfileAsync("site:news.example", """{"documents":2,"stale":true}""", expectedRevision: 1));
        var second = (await store.GetSourceProfileAsync("site:news.example"))!;
        Assert.Equal((2L, """{"documents":2}"""), (second.Revision, second.Json));
        Assert.Null(await store.GetSourceProfileAsync("site:other.example"));
    }

    [SkippableFact]
    public async Task Should_keep_the_first_fingerprint_decision_for_a_version_and_hand_fingerprints_out_in_order()
    {
        var store = await Ready();
        var original = new FingerprintRecord { DocumentId = "doc-l", Version = 2, Fingerprint = 0xF00DFACE_CAFEBABE, ClusterId = "doc-l" };
        var copy = new FingerprintRecord { DocumentId = "doc-m", Version = 2, Fingerprint = 0xF00DFACE_CAFEBABF, ClusterId = "doc-l", DuplicateOf = "doc-l", Distance = 1 };

        var first = await store.SaveFingerprintAsync(original);
        var second = await store.SaveFingerprintAsync(copy);
        var again = await store.SaveFingerprintAsync(copy with { ClusterId = "doc-m", DuplicateOf = null, Distance = 0 });

        Assert.True(second.Sequence > first.Sequence);
        Assert.Equal((second.Sequence, "doc-l", "doc-l", 1), (again.Sequence, again.ClusterId, again.DuplicateOf, again.Distance));
        Assert.Equal(0xF00DFACE_CAFEBABFUL, again.Fingerprint);
        var all = await store.GetFingerprintsAsync(0, 10);
        Assert.Equal(["doc-l", "doc-m"], all.Select(f => f.DocumentId));
        Assert.Equal(["doc-m"], (await store.GetFingerprintsAsync(first.Sequence, 10)).Select(f => f.DocumentId));
        Assert.Single(await store.GetFingerprintsAsync(0, 1));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
