namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "National Route 1", "National Highway 44": the word before a numbered road is part of its name,
/// whether the tagger took it into a name that ends on "Route" or left it alone. A road without
/// such a word ("Highway 97") is named as before.
/// </summary>
public sealed class When_a_numbered_road_has_a_word_before_it
{
    private const string Text = """
        Protesters blocked National Route 3 outside Hinche for a second day, and lorries bound for Jammu waited on National Highway 44. In Oregon, Highway 97 reopened after the snow.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("National Route 3")]
    [InlineData("National Highway 44")]
    [InlineData("Highway 97")]
    public void Should_name_the_whole_road_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Route 3")]
    [InlineData("Highway 44")]
    [InlineData("National Route")]
    public void Should_not_cut_the_name_short(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
