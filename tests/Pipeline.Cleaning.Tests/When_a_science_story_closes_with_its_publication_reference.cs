namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A university or institute news story about a study closes with a box naming the paper, under
/// a label ("Publication", "Publicatie", "Originalpublikation") and with its DOI: a reference for
/// readers who want the paper, not the story. The label and the reference go; the story's closing
/// sentence about the journal stays.
/// </summary>
public class When_a_science_story_closes_with_its_publication_reference
{
    private const string Html = """
        <html><head><title>Bees find their way home by the polarised sky</title></head><body><main>
          <h1>Bees find their way home by the polarised sky</h1>
          <div class="news-body rich-text">
            <p>Honeybees that cannot see the sun still find their way back to the hive by reading the pattern of polarised light in the sky, biologists at the university have shown.</p>
            <p>The team fitted 300 bees with tiny filters that blocked part of the pattern and followed their flights with a harmonic radar over two summers.</p>
            <p>The work was funded by the National Science Foundation and appears this week in the Journal of Insect Navigation.</p>
            <div class="publication-box"><h3>Publication</h3>
              <p>A. Lindqvist, P. Moreau, K. Sato, Polarisation cues guide homing honeybees under overcast skies, Journal of Insect Navigation (2026). DOI: <a href="https://doi.example/10.0000/jin.2026.042">10.0000/jin.2026.042</a></p>
            </div>
          </div>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Publication")]
    [InlineData("DOI: 10.0000/jin.2026.042")]
    public void Should_drop_the_reference_and_its_label(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_storys_last_sentence() =>
        Assert.EndsWith("appears this week in the Journal of Insect Navigation.", _cleaned.Text, StringComparison.Ordinal);
}
