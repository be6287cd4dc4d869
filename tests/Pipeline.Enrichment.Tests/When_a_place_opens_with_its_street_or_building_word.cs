namespace Pipeline.Enrichment.Tests;

/// <summary>
/// French, Spanish and Italian put the word for a street, a square, a palace or a hall first ("Avenue Mohammed V",
/// "Rue de Rivoli", "Palacio de Carondelet", "Piazza Venezia", "Aula Magna"), and number their streets after the word
/// ("Calle 26", "Carrera 7"). Such a name is a place, not a person or an organisation, though the words after the
/// first may be a person's name.
/// </summary>
public sealed class When_a_place_opens_with_its_street_or_building_word
{
    private const string Text = """
        QUITO — Protesters marched from the Plaza Grande to the Palacio de Carondelet on Thursday, where President Elena Suárez received a delegation of teachers.

        In Bogotá, police closed Calle 26 and Carrera 7 for the march. In Rabat, the embassy on Avenue Jean Jaurès stayed shut, and the rector spoke in the Aula Magna of the university.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Palacio de Carondelet")]
    [InlineData("Calle 26")]
    [InlineData("Carrera 7")]
    [InlineData("Avenue Jean Jaurès")]
    [InlineData("Aula Magna")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_find_no_person_or_organisation_in_them() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type != EntityTypes.Location && e.Text is "Palacio de Carondelet" or "Jean Jaurès" or "Avenue Jean Jaurès" or "Aula Magna" or "Carondelet");
}
