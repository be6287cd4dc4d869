namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "attacks on civilians in El Geneina and Kadugli", "delegates from Oromia, Amhara and Sidama", "the Segura and Júcar
/// basins": a word no list knows, which the tagger took for a person, is a place when it closes a list of places after
/// "in" or "from", or stands with another name before a plural word for places ("basins", "regions").
/// </summary>
public sealed class When_unknown_places_close_a_list_of_places
{
    private const string Text = """
        Aid agencies said on Monday that fighting had displaced thousands of civilians in Nyala and Mellit over the weekend, and that convoys from Kosti, Rabak and Tendalti were delayed.

        Farmers in the Tormes and Alagón valleys said the drought had halved their harvest, while cooperatives in the Afar and Somali regions asked for seed.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Mellit")]
    [InlineData("Tendalti")]
    [InlineData("Tormes")]
    [InlineData("Alagón")]
    [InlineData("Afar")]
    [InlineData("Somali")]
    public void Should_name_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
