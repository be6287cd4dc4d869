namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Embassy notices and court reports write titles the lists lacked: "Consul", "Vice-Consul", "Labor Attaché", and a
/// plural title before several names ("Associate Justices Ramon Dizon and Celia Tan"). The title is no part of a name,
/// alone it is no one's name, and the names after a plural title are people, not an organisation.
/// </summary>
public sealed class When_consuls_and_several_justices_are_named_with_their_titles
{
    private const string Text = """
        Applicants may write to Consul Erzsébet Nagy-Kovács or Vice-Consul Tamás Fekete de Galánta at the consulate in Cebu City.

        The ruling was concurred in by Associate Justices Ramon Dizon Villareal and Celia Tan-Ocampo of the appellate court in Manila.

        Labor Attaché Nestor Galvez Ramirez met the workers in Riyadh.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tamás Fekete de Galánta")]
    [InlineData("Ramon Dizon Villareal")]
    [InlineData("Celia Tan-Ocampo")]
    [InlineData("Nestor Galvez Ramirez")]
    public void Should_name_the_person_without_the_title(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_not_keep_a_title_as_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Consul") || e.Text.Contains("Justices") || e.Text.Contains("Attaché"));
}
