namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A press release marks where its text ends ("ENDS", "-30-", "###") and goes on with its notes to editors, which a
/// release keeps. The mark is no word of the release.
/// </summary>
public class When_a_release_marks_its_end
{
    private const string Html = """
        <html><head><title>Coastal boardwalk to open in phases</title></head><body><main>
          <h1>Coastal boardwalk to open in phases</h1>
          <div class="release-body">
            <p>The first two kilometres of the coastal boardwalk will open to the public on 15 March, the agency announced today.</p>
            <p>The remaining sections will open in three phases over the following eighteen months, as the shoreline works are completed.</p>
            <p>Visitors are advised to use the new bus services to the two entrances, as parking near the shore will be limited.</p>
            <p>ENDS</p>
            <h2>Notes to editors</h2>
            <p>The boardwalk is part of a long-term plan to protect the coast against rising sea levels and to open it to the public.</p>
          </div>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_drop_the_mark() =>
        Assert.DoesNotContain("ENDS", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_notes_to_editors() =>
        Assert.Contains("protect the coast against rising sea levels", _cleaned.Text, StringComparison.Ordinal);
}
