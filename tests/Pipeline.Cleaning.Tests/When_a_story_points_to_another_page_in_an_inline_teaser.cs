namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Ministries' and publishers' templates set a teaser for another page between or under the
/// story's paragraphs: a picture, a linked heading, one line of summary and a button, in a box
/// named "inline-teaser" (as a class or as a custom element, "&lt;xy-inline-teaser&gt;"). It
/// advertises the other page; it is not part of the story.
/// </summary>
public class When_a_story_points_to_another_page_in_an_inline_teaser
{
    private const string Html = """
        <html><head><title>New rules for seasonal workers from March | Ministry of Labour</title></head><body>
        <header><a href="/">Ministry of Labour</a></header>
        <main><div class="article">
          <h1>New rules for seasonal workers from March</h1>
          <p class="text">From 1 March, farms that employ seasonal workers for more than ten weeks must offer them a written contract in a language they understand.</p>
          <p class="text">Employers should use the change to review how they record working hours during the harvest, when shifts often run past the agreed limits.</p>
          <xy-inline-teaser>
            <xy-link href="/faq/seasonal-work"><h3>Questions and answers on seasonal work</h3></xy-link>
            <div><p class="text">Find answers to the most common questions about seasonal work.</p></div>
            <xy-button text="To the answers" href="/faq/seasonal-work"></xy-button>
          </xy-inline-teaser>
          <p class="text">The inspectorate will check the new contracts during its regular visits from the summer onwards, the ministry said.</p>
          <div class="inline-teaser"><a href="/guide/harvest"><h3>The harvest guide</h3></a><p class="text">Read everything employers need to know before the harvest starts.</p></div>
        </div></main>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_story_only() =>
        Assert.Equal(
        [
            "From 1 March, farms that employ seasonal workers for more than ten weeks must offer them a written contract in a language they understand.",
            "Employers should use the change to review how they record working hours during the harvest, when shifts often run past the agreed limits.",
            "The inspectorate will check the new contracts during its regular visits from the summer onwards, the ministry said.",
        ], _cleaned.Text.Split("\n\n"));
}
