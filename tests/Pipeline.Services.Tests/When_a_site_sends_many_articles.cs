using Pipeline.Contracts;
using Pipeline.Storage.VersionData;

namespace Pipeline.Services.Tests;

/// <summary>Clean learns each source's boilerplate, so the tenth article from a site is cleaned better than the first.</summary>
public sealed class When_a_site_sends_many_articles : IAsyncLifetime
{
    private const string HouseNote = "Our reporters travel the river valley every week so that readers know what their councils decide.";
    private readonly StageHarness _pipeline = new();

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    private static readonly string[] Subjects = ["the bridge budget", "a new school roof", "the flood barrier", "the night bus line"];
    private static readonly string[] People = ["Anna Berg", "Tomas Lind", "Maja Holm", "Erik Sand"];

    private static string Page(int n)
    {
        var (subject, person) = (Subjects[n - 1], People[n - 1]);
        return $$"""
            <html lang="en"><head><title>Council debates {{subject}} | River Valley Times</title>
            <link rel="canonical" href="https://www.rivervalley.example/news/story-{{n}}"></head>
            <body><article><h1>Council debates {{subject}}</h1>
            <p>The council met on Tuesday to discuss {{subject}}, which has become the most argued-over item on this year's agenda in the valley.</p>
            <p>Councillor {{person}} said the town would ask the regional government for help with {{subject}} before winter, and residents asked for a public meeting about it.</p>
            <p>{{HouseNote}}</p>
            </article></body></html>
            """;
    }

    [Fact]
    public async Task Should_remove_a_block_that_repeats_across_its_articles_once_it_has_seen_enough_of_them()
    {
        for (var n = 1; n <= 4; n++)
        {
            await _pipeline.DropAsync($"story-{n}.html", Page(n));
            Assert.Equal(n, await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().Take(n).CountAsync());
            // Clean learns from an article after it has published DocumentCleaned, so the public event can be out
            // before the profile is saved: wait for clean's consume to end before the next article (and the read below).
            Assert.Equal(n, await _pipeline.Harness.GetConsumerHarness<Clean.CleanDocumentConsumer>().Consumed.SelectAsync<DocumentIngested>().Take(n).CountAsync());
        }

        var published = _pipeline.Harness.Published.Select<DocumentPublished>().Select(p => p.Context.Message)
            .OrderBy(p => p.FileName, StringComparer.Ordinal).ToList();
        Assert.Contains(HouseNote, published[0].Text);
        Assert.DoesNotContain(HouseNote, published[3].Text);
        Assert.Contains("the night bus line", published[3].Text);
        var cleaned = await _pipeline.Store.GetVersionAsync(published[3].DocumentId, 2);
        var removed = VersionDataJson.Deserialize<CleaningData>(cleaned!.Data)!.Removed;
        Assert.Contains(removed, r => r.Text == HouseNote && r.Reason == "repeated-across-source");
        var profile = await _pipeline.Store.GetSourceProfileAsync("site:rivervalley.example");
        Assert.Equal(4, profile!.Revision);
    }

    [Fact]
    public async Task Should_learn_nothing_more_when_a_clean_message_is_redelivered()
    {
        await _pipeline.DropAsync("story-1.html", Page(1));
        var first = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;

        var endpoint = await _pipeline.Harness.Bus.GetSendEndpoint(new Uri($"queue:{Messaging.QueueNames.Clean}"));
        await endpoint.Send(new DocumentIngested { DocumentId = first.DocumentId, Version = 1 });
        await _pipeline.Harness.Consumed.SelectAsync<DocumentIngested>().Take(2).CountAsync();

        Assert.Equal(1, (await _pipeline.Store.GetSourceProfileAsync("site:rivervalley.example"))!.Revision);
    }
}
