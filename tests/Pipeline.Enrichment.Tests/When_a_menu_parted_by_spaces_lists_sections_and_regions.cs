namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A wire's menu parts its items by runs of spaces and puts sections and regions side by side ("Markets  Energy  Shipping
/// Africa  Middle East  Europe  Commodities"). The organisation rule must not read the line as one body's name over the
/// separators; the regions in it are still places.
/// </summary>
public sealed class When_a_menu_parted_by_spaces_lists_sections_and_regions
{
    private const string Text = """
        HARBOUR WIRE
        Markets  Energy  Shipping  Technology  Africa  Middle East  Europe  Americas  Commodities
        Sign in

        Copper miners in Zambia raised output in the first quarter, the Chamber of Mines said on Thursday. Prices fell in London.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Energy")]
    [InlineData("Shipping")]
    [InlineData("Commodities")]
    public void Should_not_take_the_menu_for_a_body(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(word) && e.Type is EntityTypes.Organization or EntityTypes.Person or EntityTypes.Location);

    [Theory]
    [InlineData("Africa")]
    [InlineData("Middle East")]
    [InlineData("Europe")]
    public void Should_keep_the_regions_of_the_menu(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Location);
}
