namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A party's or a ministry's release ends by pointing to the paper it reports on: "You can read
/// the full concept paper here:", then the document as a linked heading named like the story's headline.
/// That line repeats the headline and goes with it, but it stands below the story's paragraphs,
/// not above them: the line that introduces it is the story's last sentence, not a kicker. (The
/// page's headline stands in a box of its own above the story's.)
/// </summary>
public class When_a_story_links_a_document_named_like_itself
{
    private const string Html = """
        <html><head><title>Concept paper on ending the water emergency | Green Group</title></head><body>
        <header><a href="/">Green Group</a><nav><a href="/press">Press</a> <a href="/topics">Topics</a></nav></header>
        <div class="stage"><p class="topic">Environment</p><h1>Concept paper on ending the water emergency</h1><p>12.05.2026</p></div>
        <main><article>
          <p>The group has set out how the water emergency declared in the spring should end, and which of its rules should stay in force for another year.</p>
          <p>Hosepipe bans would be lifted at once, while the emergency powers to move water between reservoirs would remain until the autumn review.</p>
          <p>The paper also asks the regulator to publish weekly figures on leaks for every supply area, so that households can see where the water goes.</p>
          <p>Read the concept paper here:</p>
          <div class="file"><a href="/files/concept-paper.pdf"><span class="icon"></span><h3>Concept paper on ending the water emergency</h3></a></div>
        </article></main>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_line_that_introduces_the_document() =>
        Assert.Contains("Read the concept paper here:", _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_still_remove_the_line_that_repeats_the_headline() =>
        Assert.DoesNotContain("Concept paper on ending the water emergency", _cleaned.Text.Split("\n\n"));
}
