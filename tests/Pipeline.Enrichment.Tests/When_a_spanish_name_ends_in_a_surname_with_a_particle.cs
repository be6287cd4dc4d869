namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Judge María Teresa Ortega de la Fuente", later "Judge Ortega": a Spanish name whose second surname opens with a
/// particle goes by the first surname, the word before the particle.
/// </summary>
public sealed class When_a_spanish_name_ends_in_a_surname_with_a_particle
{
    private const string Text = """
        The case was heard by Judge Carmen Lucía Iriarte de los Ríos at the provincial court in Zaragoza, which acquitted the former councillor.

        Reading the verdict, Judge Iriarte said the prosecution had not shown that the payments were bribes.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_link_the_first_surname_to_the_full_name()
    {
        var judge = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Carmen Lucía Iriarte de los Ríos", judge.Text);
        Assert.Equal(2, judge.Mentions.Count);
    }
}
