using MassTransit;
using Pipeline.Contracts;
using Pipeline.Messaging.Drops;
using Pipeline.Storage;

namespace Pipeline.Services.Tests;

public sealed class When_a_file_is_dropped : IAsyncLifetime
{
    private readonly StageHarness _pipeline = new();

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_store_the_original_bytes_and_the_extracted_text_as_version_1()
    {
        await _pipeline.DropAsync("ferry-terminal.html", Articles.Html, source: "https://coastline.example/ferry");

        var ingested = (await _pipeline.Harness.Published.SelectAsync<DocumentIngested>().FirstAsync()).Context.Message;
        var version = (await _pipeline.Store.GetVersionAsync(ingested.DocumentId, ingested.Version))!;
        Assert.Equal(1, ingested.Version);
        Assert.Equal("ingest", version.Stage);
        Assert.Equal("html", version.Format);
        Assert.Contains("second ferry terminal", version.Text);
        Assert.Contains("<article>", version.Markup);
        Assert.Equal(ContentHash.Of(Articles.Html), version.ContentHash);
        await using var original = (await _pipeline.Store.OpenBlobAsync(version.BlobId!))!;
        Assert.Equal(Articles.Html, await new StreamReader(original).ReadToEndAsync());
    }

    [Fact]
    public async Task Should_carry_the_whole_journey_to_a_public_event_with_versions_1_2_3()
    {
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);

        var published = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        var versions = await _pipeline.Store.GetVersionsAsync(published.DocumentId);
        Assert.Equal([(1, "ingest", (int?)null), (2, "clean", 1), (3, "enrich", 2)], versions.Select(v => (v.Version, v.Stage, v.ParentVersion)));
        Assert.Equal(3, published.Version);
        Assert.Equal("rail-link.txt", published.Source);
        Assert.Equal(ContentHash.Of(Articles.Text), published.ContentHash);
        Assert.Equal("Regional rail link wins funding after a decade of delays", published.Title);
        Assert.Contains("840 million euros", published.Text);
        Assert.DoesNotContain("Sign in", published.Text);
        Assert.DoesNotContain("newsletter", published.Text);
        Assert.Equal("en", published.Language);
        Assert.Contains(published.Entities, e => e.Type == "MONEY" && e.Currency == "EUR" && e.Amount == 840_000_000m);
        Assert.Contains(published.Entities, e => e.Type == "PERSON" && e.Text == "Helena Croft");
        Assert.Equal(["ingest", "clean", "enrich", "publish"], published.StageTimings.Select(t => t.Stage));
        Assert.Equal(versions.Select(v => v.TraceId).Distinct().Single(), published.TraceId);
    }

    [Fact]
    public async Task Should_take_an_e_mails_subject_as_its_title_and_keep_the_lines_above_its_first_paragraph()
    {
        const string mail = """
            From: Harbour Office <office@harbour.example>
            To: Ferry users <ferry@lists.harbour.example>
            Subject: Ferry terminal vote passed
            Date: Tue, 03 Mar 2026 16:20:00 +0000
            Content-Type: text/plain; charset=utf-8

            Hello all,

            A short note from the harbour office.

            The harbour board voted on Tuesday to build the ferry terminal on the eastern quay, and construction is planned to begin in the spring.

            Regards,
            Ines Varga
            """;
        await _pipeline.DropAsync("terminal-vote.eml", mail.ReplaceLineEndings("\r\n"));

        var published = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        Assert.Equal("Ferry terminal vote passed", published.Title);
        Assert.StartsWith("Hello all,\n\nA short note from the harbour office.\n\nThe harbour board voted", published.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_a_drop_sent_as_a_request_with_the_documents_it_made()
    {
        var drop = new DropDocument { FileName = "rail-link.txt", Content = System.Text.Encoding.UTF8.GetBytes(Articles.Text) };

        var response = await _pipeline.DropClient.GetResponse<DropAccepted>(drop, request => request.UseExecute(send => send.Serializer = new DropSerializer()));

        var accepted = Assert.Single(response.Message.Documents);
        Assert.True(accepted.Changed);
        Assert.Equal(1, accepted.Version);
        Assert.NotNull(await _pipeline.Store.GetDocumentAsync(accepted.DocumentId));
    }

    [Fact]
    public async Task Should_store_nothing_and_publish_nothing_when_the_same_bytes_come_again()
    {
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);
        var first = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        // Ingest records DocumentIngested just after publishing it: the same bytes come again once that consume has ended.
        await _pipeline.Harness.Consumed.SelectAsync<DropDocument>().FirstAsync();

        await _pipeline.DropAsync("rail-link.txt", Articles.Text);
        await _pipeline.Harness.Consumed.SelectAsync<DropDocument>().Take(2).CountAsync();

        Assert.Equal(3, (await _pipeline.Store.GetVersionsAsync(first.DocumentId)).Count);
        Assert.Single(_pipeline.Harness.Published.Select<DocumentIngested>());
        Assert.Single(_pipeline.Harness.Published.Select<DocumentPublished>());
    }

    [Fact]
    public async Task Should_make_the_next_versions_when_the_content_changes_under_the_same_name()
    {
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);
        await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync();

        await _pipeline.DropAsync("rail-link.txt", Articles.Text.Replace("840 million euros", "910 million euros"));

        var second = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().Skip(1).FirstAsync()).Context.Message;
        Assert.Equal(6, second.Version);
        Assert.Contains("910 million euros", second.Text);
        var versions = await _pipeline.Store.GetVersionsAsync(second.DocumentId);
        Assert.Equal([1, 2, 3, 4, 5, 6], versions.Select(v => v.Version));
        Assert.Equal([null, 1, 2, null, 4, 5], versions.Select(v => v.ParentVersion));
    }
}
