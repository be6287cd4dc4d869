namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Consular statements name the mission by its formal name ("Embassy of the Republic of Indonesia in
/// the Kingdom of Norway"), its staff by diplomatic rank ("Labor Attaché", "Consul General",
/// "Chargé d'Affaires", "First Secretary", "Counsellor"), and officials after their body without a
/// listed given name ("Chairman of the Cabinet of Ministers Nurbek Sadykov"). The mission is one
/// organisation, the ranks are no part of anyone's name and no organisation, and the official is a person.
/// </summary>
public sealed class When_an_embassy_and_its_diplomats_are_named
{
    private const string Text = """
        Embassy helps seafarers stranded in Bergen

        The Embassy of the Republic of Indonesia in the Kingdom of Norway said on Friday that Labor Attaché Rudi Hartono had met the crew. Consul General Siti Rahma said new passports would be ready within days, and Chargé d'Affaires Bambang Wijaya thanked the port authorities.

        First Secretary Dewi Lestari and Counsellor Arif Nugroho joined the talks. In Bishkek, Chairman of the Cabinet of Ministers Nurbek Sadykov said the Consulate-General would open a help desk.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_take_the_mission_whole() =>
        Assert.Single(Entities, e => e.Text == "Embassy of the Republic of Indonesia in the Kingdom of Norway" && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_find_the_diplomats_without_their_ranks() =>
        Assert.Equal(
            ["Arif Nugroho", "Bambang Wijaya", "Dewi Lestari", "Nurbek Sadykov", "Rudi Hartono", "Siti Rahma"],
            Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_name_no_rank_as_an_organisation() =>
        Assert.DoesNotContain(Entities, e => e.Type == EntityTypes.Organization
            && (e.Text.StartsWith("Labor", StringComparison.Ordinal) || e.Text.Contains("Sadykov", StringComparison.Ordinal) || e.Text.StartsWith("Charg", StringComparison.Ordinal)));
}
