namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Scraped pages promote the site's newsletter under the site's name: "Sign up for Harbour Gazette Daily", "Newsletter: the
/// Tidewater Courier Morning Brief". A newsletter is a product, no body: on such a line the name is the site's where the
/// page names the site ("Harbour Gazette Media Ltd"), and no name at all where it does not. A paper whose name ends in
/// "Daily" in the story is still a paper.
/// </summary>
public sealed class When_a_page_promotes_its_newsletter
{
    private const string Text = """
        The harbour board voted to close the northern quay, China Daily reported on Tuesday.

        Sign up for Harbour Gazette Daily, the port's news in your inbox every morning.

        Newsletter: get the Tidewater Courier Morning Brief before breakfast.

        © 2026 Harbour Gazette Media Ltd. All rights reserved.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Harbour Gazette Daily")]
    [InlineData("Tidewater Courier Morning Brief")]
    [InlineData("Tidewater Courier Morning")]
    public void Should_not_keep_the_newsletter_as_a_name(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_count_the_newsletter_line_as_a_mention_of_the_site() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Mentions.Any(m => m.Text == "Harbour Gazette"));

    [Fact]
    public void Should_keep_a_paper_named_in_the_story() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "China Daily");
}
