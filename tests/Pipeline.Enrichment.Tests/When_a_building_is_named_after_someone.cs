namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Hotels, museums, railways, stations and theatres named after a person ("Harriet Colby Hotel"):
/// the first word is a listed first name, but the last word makes the whole a building or a line,
/// not a person, whether the tagger called it an organisation or a person.
/// </summary>
public sealed class When_a_building_is_named_after_someone
{
    private const string Text = """
        Heritage rail line to reopen

        The delegation stayed at the Harriet Colby Hotel before visiting the Edwin Marsh Museum on Friday. Volunteers said trains on the Lydia Crane Railway would run again in May, and the council promised new signs at Thomas Avery Station.

        A spokesman for the Gordon Hale Theatre said tickets were sold out. Nadia Brennan, who chairs the railway trust, thanked the volunteers.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Theory]
    [InlineData("Harriet Colby Hotel")]
    [InlineData("Edwin Marsh Museum")]
    [InlineData("Lydia Crane Railway")]
    [InlineData("Thomas Avery Station")]
    [InlineData("Gordon Hale Theatre")]
    public void Should_name_the_building_whole_and_not_as_a_person(string name) =>
        Assert.Single(Entities, e => e.Text == name && e.Type is EntityTypes.Organization or EntityTypes.Location);

    [Fact]
    public void Should_keep_the_person_named_beside_them() =>
        Assert.Equal(["Nadia Brennan"], Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text));
}
