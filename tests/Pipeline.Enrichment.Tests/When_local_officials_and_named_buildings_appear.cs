namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news names officials by county and office ("Marion County Sheriff Ray Dunlap", "Lake County
/// Coroner Beth Ainsworth"), police officers by rank and force ("Detective Inspector Gareth Lloyd of
/// Gwent Police"), and buildings and grounds after people ("Palmer House", "Forbes Field", "the Hilda
/// Moore Hall"). The county is a place and the official a person; the force is an organisation; a
/// building is no person because its first word is also a first name.
/// </summary>
public sealed class When_local_officials_and_named_buildings_appear
{
    private const string Text = """
        Flood defences questioned after storm

        Marion County Sheriff Ray Dunlap said two people were missing. Lake County Coroner Beth Ainsworth confirmed one death on Sunday.

        Detective Inspector Gareth Lloyd of Gwent Police said the inquiry would take weeks. Reverend Ama Mensah led a vigil, and Assemblywoman Rosa Patel asked for state aid.

        Residents met at the Palmer House hotel, at the Alfred Phillips House and at the Hilda Moore Hall, and later at Forbes Field and the Davis Gym, where volunteers handed out water.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_find_the_officials_as_persons_without_their_offices() =>
        Assert.Equal(
            ["Ama Mensah", "Beth Ainsworth", "Gareth Lloyd", "Ray Dunlap", "Rosa Patel"],
            Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_find_the_counties_as_places() =>
        Assert.Equal(2, Entities.Count(e => e.Type == EntityTypes.Location && e.Text is "Marion County" or "Lake County"));

    [Fact]
    public void Should_find_the_police_force() =>
        Assert.Single(Entities, e => e.Text == "Gwent Police" && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_read_no_building_as_a_person() =>
        Assert.DoesNotContain(Entities, e => e.Type == EntityTypes.Person
            && (e.Text.EndsWith("House", StringComparison.Ordinal) || e.Text.EndsWith("Hall", StringComparison.Ordinal)
                || e.Text.EndsWith("Field", StringComparison.Ordinal) || e.Text.EndsWith("Gym", StringComparison.Ordinal)));
}
