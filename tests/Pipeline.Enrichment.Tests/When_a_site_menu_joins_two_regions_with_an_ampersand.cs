namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Home | Hokuriku &amp; Tokai | Sports": between a menu's bars, two names joined by "&amp;" are a section of the site, not a firm
/// ("Procter &amp; Gamble" in a sentence still is one).
/// </summary>
public sealed class When_a_site_menu_joins_two_regions_with_an_ampersand
{
    private const string Text = """
        NORTHERN HERALD
        Home | Politics | Hokuriku & Tokai | Sports | Opinion

        Fishermen in Hachinohe said on Monday that the catch had fallen for a third year, and a buyer for Procter & Gamble said prices would rise.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_not_take_the_menu_section_for_a_firm() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Hokuriku & Tokai");

    [Fact]
    public void Should_keep_a_firm_in_a_sentence() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Procter & Gamble");
}
