namespace Pipeline.Cleaning.Tests;

public class When_another_story_is_linked_between_paragraphs
{
    private const string Html = """
        <html><head><title>Navy's new carrier sails for the Pacific</title></head><body><article>
          <h1>Navy's new carrier sails for the Pacific</h1>
          <p>The navy's newest carrier left port on Monday for a seven-month deployment, the longest voyage any ship of its class has made since the first was launched a decade ago.</p>
          <p><em>Former fleet admiral on the deployment: <a href="/world/admiral-interview">the oceans are busier</a></em></p>
          <p><strong>A crew of sixteen hundred</strong></p>
          <p>More than sixteen hundred sailors are on board, a third of them on their first deployment, along with an air wing of thirty-six jets and a dozen helicopters.</p>
          <p>Where the crew ate before leaving: Harbour Grill / <a href="https://harbourgrill.example">harbourgrill.example</a></p>
          <p>The carrier will exercise with allied ships in three oceans before returning in the spring, when it is due for a long refit at the yard where it was built.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_linked_headline_of_the_other_story() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "Former fleet admiral on the deployment: the oceans are busier" && removed.Reason == "related");

    [Fact]
    public void Should_keep_the_subheading_without_a_link() =>
        Assert.Contains("A crew of sixteen hundred", _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_keep_a_line_that_ends_with_the_address_it_names() =>
        Assert.Contains("Where the crew ate before leaving: Harbour Grill / harbourgrill.example", _cleaned.Text, StringComparison.Ordinal);
}
