namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Konstantinos Vlachogiannis, managing director of Aegeus Tankers": a given name and a surname, a comma and a role with no
/// article before the body it serves, name a person; Greek given names in their official transliteration are given names.
/// </summary>
public sealed class When_a_name_is_followed_by_a_role_without_an_article
{
    [Theory]
    [InlineData("Shipowners were caught between charterers and insurers. Konstantinos Vlachogiannis, managing director of Aegeus Tankers Inc, said cover had tripled.", "Konstantinos Vlachogiannis")]
    [InlineData("The board met in Athens on Monday. Panagiotis Kourtidis, chief executive of Ionian Ferries SA, said fares would rise.", "Panagiotis Kourtidis")]
    [InlineData("Evangelos Mitropoulos, head of research at Attica Brokers, expects the index to recover.", "Evangelos Mitropoulos")]
    public void Should_name_the_person(string text, string name) =>
        Assert.Contains(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_leave_a_company_before_its_role_a_company() =>
        Assert.Contains(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Tata Steel, owner of the Port Talbot works, said it would cut 2,000 jobs." }).Entities,
            e => e.Type == EntityTypes.Organization && e.Text == "Tata Steel");
}
