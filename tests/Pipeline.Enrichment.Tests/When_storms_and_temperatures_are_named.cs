namespace Pipeline.Enrichment.Tests;

/// <summary>A weather system's name and a temperature written with its unit are no one's name; the places they hit are places.</summary>
public sealed class When_storms_and_temperatures_are_named
{
    private const string Text = """
        Storm Isla live: thousands without power as gusts hit Scotland

        Temperatures in the capital passed 47C on Sunday. Hurricane Milton struck Florida on Monday, and Typhoon Gaemi hit Taiwan a day later. Forecasters said Storm Isla would ease by Friday, and officials in Tampa said power would be back within a week.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Isla")]
    [InlineData("Milton")]
    [InlineData("Gaemi")]
    [InlineData("47C")]
    public void Should_not_name_a_storm_or_a_temperature_as_a_person_place_or_organisation(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization && e.Text.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Scotland")]
    [InlineData("Florida")]
    [InlineData("Taiwan")]
    [InlineData("Tampa")]
    public void Should_keep_the_places_they_hit(string place) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);
}
