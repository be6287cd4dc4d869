namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "King's College Hospital", "Noble's Hospital": a hospital named by its founder or patron in the possessive is one place,
/// the owner's name and all, though the tagger reads the owner as a person or leaves it out; a country that owns a hospital
/// is no part of its name ("Kenya's Kenyatta National Hospital").
/// </summary>
public sealed class When_a_hospital_is_named_by_its_founder_in_the_possessive
{
    private const string Text = """
        Two patients were moved to King's College Hospital and one to Noble's Hospital on Friday.
        Doctors at Kenya's Kenyatta National Hospital said the strike had ended.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("King's College Hospital")]
    [InlineData("Noble's Hospital")]
    [InlineData("Kenyatta National Hospital")]
    [InlineData("Kenya")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_no_person_after_the_founder() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
