namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "West" is a listed first name, but "West Java" is a province: a compass word that opens a
/// tagged place keeps it a place rather than making it a person's first name.
/// </summary>
public sealed class When_a_compass_word_is_also_a_first_name
{
    [Theory]
    [InlineData("JAKARTA — The court threw out a challenge to last month's regional elections in West Java, clearing the way for the winner.", "West Java")]
    [InlineData("JAKARTA — Voters in West Java went to the polls on Sunday, officials said.", "West Java")]
    public void Should_keep_the_place_a_place(string text, string place)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == place);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person && e.Text == place);
    }
}
