namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Towns below the size of the cities list ("Budva", "Tivat", "Labasa") are places where the words around them say so:
/// a local headline that opens with the town and goes on in lower case, "the mayor of" a town, a town before "town" or
/// after "in". They carry their country's code. A town's name with no such context is left to the tagger.
/// </summary>
public sealed class When_a_small_town_is_named
{
    private const string Text = """
        Budva council freezes new building permits for a year

        The decision follows a row over hotel projects on the coast, and the mayor of Tivat said his town would consider the same step after the summer season ends in September.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Budva")]
    [InlineData("Tivat")]
    public void Should_name_the_town_as_a_place_in_its_country(string town)
    {
        var place = Assert.Single(Result.Entities, e => e.Text == town);
        Assert.Equal(EntityTypes.Location, place.Type);
        Assert.Equal("ME", place.CountryCode);
    }
}
