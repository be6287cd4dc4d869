namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Sites part their menus with slashes, bullets or runs of spaces as well as bars ("Home / Lisbon / Travel / Science",
/// "NEWS  PHOTOS  FEATURES  PODCASTS"), and set a section's label or a heading in capitals over the story ("FEATURES",
/// "OFFICIAL STATEMENT"). None of these is a name; a listed name in the menu and an acronym in capitals still are.
/// </summary>
public sealed class When_a_menu_is_parted_by_slashes_or_spaces_or_a_label_is_in_capitals
{
    private const string Text = """
        Home / Lisbon / Travel / Science / Weather
        NEWS  PHOTOS  FEATURES  PODCASTS  ARCHIVE

        FEATURES

        OFFICIAL STATEMENT

        Ferry workers in Setúbal walked out on Monday after the operator Atlantico Lines cut night crossings to Tróia, the union said. NATO ships were not affected.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Travel")]
    [InlineData("Science")]
    [InlineData("Weather")]
    [InlineData("PHOTOS")]
    [InlineData("FEATURES")]
    [InlineData("PODCASTS")]
    [InlineData("OFFICIAL")]
    [InlineData("STATEMENT")]
    public void Should_not_take_a_menu_item_or_a_label_for_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(word) && e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location);

    [Theory]
    [InlineData("Lisbon", EntityTypes.Location)]
    [InlineData("Setúbal", EntityTypes.Location)]
    [InlineData("NATO", EntityTypes.Organization)]
    public void Should_keep_the_names(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);
}
