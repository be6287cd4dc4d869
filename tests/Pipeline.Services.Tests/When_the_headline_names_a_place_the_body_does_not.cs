using MassTransit;
using Pipeline.Contracts;

namespace Pipeline.Services.Tests;

/// <summary>
/// Clean puts the headline in the event's title, outside its text; the entity the headline alone
/// names still reaches the public event, with a mention whose offsets are in the title.
/// </summary>
public sealed class When_the_headline_names_a_place_the_body_does_not : IAsyncLifetime
{
    private const string Article = """
        Norway and Iceland agree to share data on herring stocks

        OSLO, April 2 - Norwegian and Icelandic fisheries officials agreed on Thursday to pool their survey data on herring, the two ministries said in a joint statement.

        The deal follows a dispute over catch limits that kept boats from both fleets in port for two weeks last year. Officials will meet again in Reykjavik in June to set the quotas for the season.
        """;

    private readonly StageHarness _pipeline = new();

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_publish_the_headlines_places_with_their_mentions_in_the_title()
    {
        await _pipeline.DropAsync("herring-deal.txt", Article);

        var published = (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().FirstAsync()).Context.Message;
        Assert.Equal("Norway and Iceland agree to share data on herring stocks", published.Title);
        foreach (var name in new[] { "Norway", "Iceland" })
        {
            Assert.DoesNotMatch($@"\b{name}\b", published.Text);
            var place = Assert.Single(published.Entities, e => e.Text == name && e.Type == "LOC");
            var mention = Assert.Single(place.Mentions);
            Assert.Equal("title", mention.Field);
            Assert.Equal(name, published.Title![mention.Start..mention.End]);
        }
        Assert.All(published.Entities.SelectMany(e => e.Mentions).Where(m => m.Field == "text"),
            m => Assert.Equal(m.Text, published.Text[m.Start..m.End]));
    }
}
