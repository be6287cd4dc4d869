namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A newswire release ends with its contacts and the wire's "SOURCE Company" line: the source
/// line is a note, so the contacts above it are looked for and go too. The release's "About"
/// section and its forward-looking statements, written by the issuer, stay.
/// </summary>
public class When_a_release_ends_with_its_contacts_and_source_line
{
    private const string Html = """
        <html><head><title>Halcyon Grid Reaches Financial Close on Prairie Ridge Storage Project</title></head><body><main>
          <h1>Halcyon Grid Reaches Financial Close on Prairie Ridge Storage Project</h1>
          <section class="release-body">
            <p>DENVER, Nov. 24, 2026 -- Halcyon Grid Inc., a developer of utility-scale battery storage, today announced that it has reached financial close on its 400-megawatt Prairie Ridge storage project in eastern Colorado.</p>
            <p>Prairie Ridge will store electricity from wind and solar farms in the region during the day and release it during the evening peak, when demand on the grid is highest.</p>
            <p>The financing package includes a $418 million construction loan led by a group of five banks and a $194 million tax equity commitment.</p>
            <p><b>About Halcyon Grid</b></p>
            <p>Halcyon Grid Inc. develops, owns and operates battery energy storage projects in the United States. Founded in 2015, it has 2.1 gigawatts of projects in seven states.</p>
            <p><b>Media Contact:</b><br>Rachel Moss<br>Halcyon Grid Inc.<br>+1 303-555-0148<br>media@halcyongrid.example</p>
            <p><b>Investor Contact:</b><br>Tom Brenner<br>investors@halcyongrid.example</p>
            <p class="source-line">SOURCE Halcyon Grid Inc.</p>
          </section>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_end_with_the_about_section() =>
        Assert.EndsWith("it has 2.1 gigawatts of projects in seven states.", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("SOURCE Halcyon Grid Inc.")]
    [InlineData("Tom Brenner")]
    [InlineData("Rachel Moss")]
    public void Should_remove_the_source_line_and_the_contacts(string line) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text.Contains(line, StringComparison.Ordinal) && removed.Reason == "end-note");
}
