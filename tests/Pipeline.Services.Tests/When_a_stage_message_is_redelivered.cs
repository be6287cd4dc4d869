using Pipeline.Clean;
using Pipeline.Contracts;
using Pipeline.Messaging;
using Pipeline.Publish;

namespace Pipeline.Services.Tests;

/// <summary>At-least-once delivery: every handler must turn a second delivery into a no-op.</summary>
public sealed class When_a_stage_message_is_redelivered : IAsyncLifetime
{
    private readonly StageHarness _pipeline = new();
    private DocumentPublished _published = null!;

    public async Task InitializeAsync()
    {
        await _pipeline.StartAsync();
        await _pipeline.DropAsync("rail-link.txt", Articles.Text);
        _published = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        // A redelivery comes after the first delivery's consume has ended. A stage records its event just after
        // publishing it, so DocumentPublished is out a moment before publish has recorded it (and clean's record can
        // lag on a starved machine): redelivered before that, the message would rightly publish again.
        Assert.True(await _pipeline.Harness.GetConsumerHarness<CleanDocumentConsumer>().Consumed.Any<DocumentIngested>());
        Assert.True(await _pipeline.Harness.GetConsumerHarness<PublishDocumentConsumer>().Consumed.Any<DocumentEnriched>());
    }

    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_not_make_a_second_clean_version_nor_a_second_event()
    {
        var endpoint = await _pipeline.Harness.Bus.GetSendEndpoint(new Uri($"queue:{QueueNames.Clean}"));
        await endpoint.Send(new DocumentIngested { DocumentId = _published.DocumentId, Version = 1 });

        await _pipeline.Harness.GetConsumerHarness<CleanDocumentConsumer>().Consumed.SelectAsync<DocumentIngested>().Take(2).CountAsync();
        Assert.Equal(3, (await _pipeline.Store.GetVersionsAsync(_published.DocumentId)).Count);
        Assert.Single(_pipeline.Harness.Published.Select<DocumentCleaned>());
    }

    [Fact]
    public async Task Should_not_publish_the_public_event_twice()
    {
        var endpoint = await _pipeline.Harness.Bus.GetSendEndpoint(new Uri($"queue:{QueueNames.Publish}"));
        await endpoint.Send(new DocumentEnriched { DocumentId = _published.DocumentId, Version = 3 });

        await _pipeline.Harness.GetConsumerHarness<PublishDocumentConsumer>().Consumed.SelectAsync<DocumentEnriched>().Take(2).CountAsync();
        Assert.Single(_pipeline.Harness.Published.Select<DocumentPublished>());
    }

    [Fact]
    public void Should_give_each_event_a_message_id_derived_from_the_document_version()
    {
        var sent = _pipeline.Harness.Published.Select<DocumentPublished>().Single();

        Assert.Equal(MessageIds.For(nameof(DocumentPublished), _published.DocumentId, 3), sent.Context.MessageId);
    }
}
