namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A listing closes with the desk's disclaimer that its details were "correct at the time of
/// publication": an end note, not the story's last line. The story's own last line above it stays.
/// </summary>
public class When_a_listing_ends_with_a_details_disclaimer
{
    private const string Html = """
        <html><head><title>Things to do this weekend</title></head><body><main><article>
          <h1>Things to do this weekend</h1>
          <div class="body">
            <p>The first frost has arrived and the Christmas markets are still a week away, but there is plenty to do across the valley this weekend.</p>
            <h3>Charity duck race, River Wyvern</h3>
            <p>Five thousand plastic ducks will be released from Town Bridge and race 400 metres downstream to the weir, with money raised going to the hospice.</p>
            <h3>Winter farmers' market, Kelham Square</h3>
            <p>More than 40 stalls from producers within 30 miles, including cheese, cider and the valley's only oyster grower. The market moves indoors if it rains.</p>
            <p>Are you organising an event? Send details at least ten days in advance to our listings desk and we will try to include it.</p>
            <p class="disclaimer">Event details were correct at the time of publication. Please check with organisers before travelling.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_end_with_the_storys_last_line() =>
        Assert.EndsWith("we will try to include it.", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_disclaimer_as_an_end_note() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text.StartsWith("Event details were correct", StringComparison.Ordinal) && removed.Reason == "end-note");
}
