namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A line of thirty separator dots before a word (a breadcrumb's or a share bar's leftovers, or a
/// text's drawn rule) once sent the share-bar pattern through every way of splitting the dots into
/// runs before it failed: the clean never came back. It must come back, in text and in markup,
/// and the story around the line stays.
/// </summary>
public class When_a_line_is_a_long_run_of_separators
{
    private static readonly string Dots = string.Join(" ", Enumerable.Repeat("·", 30)) + " Ferries";

    private static readonly string Text = $"""
        Harbour board approves new ferry timetable

        The harbour board approved a new ferry timetable on Tuesday, adding two evening crossings from May.

        {Dots}

        The board said the change follows a survey of commuters who asked for later boats.
        """;

    private static readonly string Html = $"""
        <html><head><title>Harbour board approves new ferry timetable</title></head><body>
        <article><h1>Harbour board approves new ferry timetable</h1>
        <p>The harbour board approved a new ferry timetable on Tuesday, adding two evening crossings from May.</p>
        <p>{Dots}</p>
        <p>The board said the change follows a survey of commuters who asked for later boats, and that the first evening boat leaves at nine.</p>
        </article></body></html>
        """;

    // A bound far above any real page's clean (milliseconds): the wait throws a TimeoutException only on a runaway match.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_clean_the_plain_text_and_keep_the_story()
    {
        var cleaned = await Task.Run(() => new ArticleCleaner().Clean(new CleaningInput { Text = Text })).WaitAsync(Bound);

        Assert.Contains("survey of commuters", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_clean_the_page_and_keep_the_story()
    {
        var cleaned = await Task.Run(() => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html })).WaitAsync(Bound);

        Assert.Contains("survey of commuters", cleaned.Text, StringComparison.Ordinal);
    }
}
