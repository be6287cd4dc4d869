namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Scarborough Shoal" is a reef in the South China Sea, not the Canadian town the city list knows
/// as "Scarborough". A listed place followed by a feature of nature ("Shoal", "Reef", "Bay") names
/// that feature, as it does an administrative area ("Harlow County"); the town named alone stays.
/// </summary>
public sealed class When_a_feature_of_nature_takes_a_listed_places_name
{
    private const string Text = """
        Two Chinese coast guard vessels fired water cannon at a Philippine supply boat near Scarborough Shoal on Saturday, the third such incident this year. Fishermen from Zambales said they now avoid the area.

        Separately, a storm flooded parts of Scarborough, a district of Toronto.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_shoal_as_a_place() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Scarborough Shoal");

    [Fact]
    public void Should_keep_the_town_named_alone() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Scarborough" && e.Mentions.Count == 1);
}
