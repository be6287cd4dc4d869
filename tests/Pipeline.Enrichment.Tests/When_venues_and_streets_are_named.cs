namespace Pipeline.Enrichment.Tests;

/// <summary>Halls, churches, squares and grounds where news happens are places, even when they hold a person's name.</summary>
public sealed class When_venues_and_streets_are_named
{
    private const string Text = """
        Leaders met at the Honiara Convention Centre on Friday. The vote was held in the Paul VI Audience Hall, and the pope later spoke in St. Peter's Basilica.

        Supporters gathered at Gandhi Maidan and in Tahrir Square, and the closing news conference was held at the Arena Riga.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Honiara Convention Centre")]
    [InlineData("Paul VI Audience Hall")]
    [InlineData("St. Peter's Basilica")]
    [InlineData("Gandhi Maidan")]
    [InlineData("Tahrir Square")]
    [InlineData("Arena Riga")]
    public void Should_name_the_venue_a_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_take_no_person_from_a_venue() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
