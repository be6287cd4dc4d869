namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Home | About Us | Media Centre | Tenders", "Press Center > Statements": a ministry's or a bank's site lists its press
/// section in the menu and opens the breadcrumb with it; a press word and a unit word with no owner there are a part of the
/// site, not a body. The body the page is about stays.
/// </summary>
public sealed class When_a_site_menu_lists_its_press_section
{
    private const string Text = """
        Home | About Us | Policy | Media Centre | Tenders | Contact
        Press Center > Statements

        The Ministry of Water Resources said on Monday that the new reservoir near the capital would open in the spring.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Media Centre")]
    [InlineData("Press Center")]
    public void Should_not_name_the_section(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_keep_the_body() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Ministry of Water Resources");
}
