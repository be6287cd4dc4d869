namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A scraped page keeps the site's menu: "NEWS | POLITICS | MAGAZINE | VIDEO". An item between bars
/// names a section of the site, not an organisation or a person, unless the lists know it as a
/// name ("Home | Kenya | World" names Kenya). The story under the menu is read as before.
/// </summary>
public sealed class When_a_site_menu_lists_its_sections
{
    private const string Text = """
        NEWS | POLITICS | BUSINESS | SPORTS | MAGAZINE | OPINION | VIDEO
        Home | Kenya | World | Business | Lifestyle | Sport

        Tea exporters hold prices as rains return

        NAIROBI — Tea exporters kept prices steady at the Mombasa auction on Tuesday, the East African Tea Trade Association said, as rains returned to Kericho after a dry spell.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("MAGAZINE")]
    [InlineData("OPINION")]
    [InlineData("VIDEO")]
    [InlineData("Business")]
    [InlineData("Lifestyle")]
    [InlineData("Sport")]
    public void Should_not_take_a_menu_item_for_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == word && e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location);

    [Theory]
    [InlineData("Kenya", EntityTypes.Location)]
    [InlineData("Mombasa", EntityTypes.Location)]
    [InlineData("East African Tea Trade Association", EntityTypes.Organization)]
    public void Should_keep_the_names_the_lists_and_the_story_give(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);
}
