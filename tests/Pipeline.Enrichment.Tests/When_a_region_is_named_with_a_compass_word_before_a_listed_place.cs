namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Greater China", "Eastern Anatolia": a point of the compass or "Greater" before a listed place is the first word of one
/// region's name; where the tagger reads the two words as two places (a site's menu), they are still one.
/// </summary>
public sealed class When_a_region_is_named_with_a_compass_word_before_a_listed_place
{
    private const string Text = """
        Home | Markets | Greater China | South Asia | Commodities | Opinion

        Copper buyers in the region have turned to suppliers in Chile.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_region_whole() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Greater China");

    [Fact]
    public void Should_not_name_the_compass_word_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Greater");
}
