namespace Pipeline.Enrichment.Tests;

/// <summary>What looks like a name but is a ship, a region's people or an adjective; and a committee named "on" its field.</summary>
public sealed class When_ships_and_the_people_of_a_region_are_named
{
    private const string Text = """
        The icebreaker RSV Nuyina, which had been resupplying the station further east, was sent to collect the group.

        The destroyer USS Carney shot down the drones, the Pentagon said. Albertans paid more into the plan than they took out, the premier said.

        The head of the Scientific Committee on Antarctic Research, Tomas Lindgren, said a fire at an Antarctic research station was a warning.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_a_ship_for_no_person_or_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Nuyina", StringComparison.Ordinal) || e.Text.Contains("Carney", StringComparison.Ordinal));

    [Fact]
    public void Should_take_the_people_of_a_listed_region_for_a_nationality() =>
        Assert.Single(Result.Entities, e => e.Text == "Albertans" && e.Type == EntityTypes.Nationality);

    [Fact]
    public void Should_read_antarctic_before_a_noun_as_an_adjective() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Antarctic" && e.Type == EntityTypes.Location);

    [Fact]
    public void Should_take_a_committee_on_a_field_whole() =>
        Assert.Single(Result.Entities, e => e.Text == "Scientific Committee on Antarctic Research" && e.Type == EntityTypes.Organization);
}
