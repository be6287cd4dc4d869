namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A news page's box lists the site's newsletters, one to a line under "Newsletters" or above "Subscribe": "• Maghreb Energy
/// Daily", "• Gulf Briefing". They are products, no organisations; a list of anything else keeps its names.
/// </summary>
public sealed class When_a_page_lists_its_newsletters
{
    private const string Text = """
        Sonatrach raised its volumes through the Transmed pipeline to Italy by a fifth, the company said on Monday.

        Newsletters
          • Maghreb Energy Daily
          • Mediterranean Gas Weekly
        Sign up free

          • Iraq Briefing
          • Energy & Climate Briefing

        Subscribe

        Partners
          • Eni
          • Sonatrach
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_no_newsletter_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.EndsWith("Daily", StringComparison.Ordinal) || e.Text.EndsWith("Weekly", StringComparison.Ordinal) || e.Text.EndsWith("Briefing", StringComparison.Ordinal));

    [Theory]
    [InlineData("Eni")]
    [InlineData("Sonatrach")]
    public void Should_keep_the_names_of_another_list(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
