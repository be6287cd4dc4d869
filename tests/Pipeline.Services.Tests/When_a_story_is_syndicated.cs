using Pipeline.Contracts;

namespace Pipeline.Services.Tests;

/// <summary>A near-copy of an earlier document (the same story with a new footer) says so in the public event.</summary>
public sealed class When_a_story_is_syndicated : IAsyncLifetime
{
    private const string Story = """
        Lake ferry service resumes after repairs

        The lake ferry between Harwick and Stonebay will run again from Monday after six weeks of repairs to its hull and engines, the regional transport board said on Thursday.

        The board spent about 2.3 million euros on the work, which began after the ferry struck a submerged rock during a storm in early spring and had to be towed back to Harwick.

        Board chair Elin Morrow said timetables would return to normal within a week and that passengers with season tickets would get one month free as compensation for the disruption.

        Local businesses in Stonebay, which depends on day visitors arriving by water, said the closure had cut their takings by a third and welcomed the news.
        """;

    private readonly StageHarness _pipeline = new();

    public Task InitializeAsync() => _pipeline.StartAsync();
    public Task DisposeAsync() => _pipeline.DisposeAsync().AsTask();

    private async Task<DocumentPublished> RunAsync(string fileName, string text, int nth)
    {
        await _pipeline.DropAsync(fileName, text);
        return (await _pipeline.Harness.Published.SelectAsync<DocumentPublished>().Skip(nth - 1).FirstAsync()).Context.Message;
    }

    [Fact]
    public async Task Should_name_the_original_and_share_its_cluster()
    {
        var original = await RunAsync("ferry.txt", Story, 1);
        var copy = await RunAsync("ferry-partner-site.txt", Story + "\n\nThis story first appeared in the Harwick Gazette and is republished with permission.", 2);

        Assert.Null(original.DuplicateOf);
        Assert.Equal(original.DocumentId, original.ClusterId);
        Assert.Equal(original.DocumentId, copy.DuplicateOf);
        Assert.Equal(original.DocumentId, copy.ClusterId);
    }

    [Fact]
    public async Task Should_leave_an_unrelated_story_in_a_cluster_of_its_own()
    {
        var first = await RunAsync("ferry.txt", Story, 1);
        var other = await RunAsync("orchard.txt", """
            Orchard growers expect a record apple harvest

            Growers in the northern valleys expect their largest apple harvest in a decade after a mild spring and a wet summer, the fruit growers' association said on Tuesday.

            The association's director, Paul Hennig, said pickers were in short supply and that farms had raised hourly pay to attract students during the autumn break.

            Prices at the wholesale market in Kellsford have already fallen by about 12 percent compared with last year as the first early varieties arrive.
            """, 2);

        Assert.Null(other.DuplicateOf);
        Assert.Equal(other.DocumentId, other.ClusterId);
        Assert.NotEqual(first.ClusterId, other.ClusterId);
    }

    [Fact]
    public async Task Should_not_call_a_new_version_a_copy_of_its_own_earlier_version()
    {
        await RunAsync("ferry.txt", Story, 1);
        var revised = await RunAsync("ferry.txt", Story.Replace("from Monday", "from Tuesday"), 2);

        Assert.Equal(6, revised.Version);
        Assert.Null(revised.DuplicateOf);
        Assert.Equal(revised.DocumentId, revised.ClusterId);
    }
}
