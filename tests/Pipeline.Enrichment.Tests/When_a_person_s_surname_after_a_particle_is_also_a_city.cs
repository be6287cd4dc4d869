namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "João Pedro dos Santos", "Maria Clara da Costa": Portuguese surnames after "dos" or "da" are often towns too (Santos,
/// Costa); the tagger may read the given names as a person and the surname as a place. Given names, a particle and one
/// word are the person, and a given name, a particle, the town's name and a second surname too ("Armando dos Santos Mango").
/// </summary>
public sealed class When_a_person_s_surname_after_a_particle_is_also_a_city
{
    private const string Text = """
        "Oman has a good product and a terrible position on the map," said João Pedro dos Santos, an aviation analyst at a Lisbon-based consultancy.

        Santos said a partner in the Gulf could feed the airline transfer passengers.

        Their lawyer, Armando dos Santos Mango, told reporters outside the court that the ruling was a victory for legality.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_find_the_person_under_the_full_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "João Pedro dos Santos");

    [Fact]
    public void Should_go_on_over_a_second_surname_after_the_town_s_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Armando dos Santos Mango");

    [Fact]
    public void Should_not_take_the_full_name_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text.StartsWith("João", StringComparison.Ordinal));
}
