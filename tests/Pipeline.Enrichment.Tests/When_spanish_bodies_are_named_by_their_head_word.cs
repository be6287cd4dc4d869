namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Sindicato de Trabajadores ...", "the Dirección del Trabajo", "Movimiento Ciudadano": English news keeps the Spanish
/// names of unions, agencies and parties, and their first word is the head word ("union", "directorate", "movement")
/// that makes the name an organisation, with "del" ("of the") inside it as "de" is.
/// </summary>
public sealed class When_spanish_bodies_are_named_by_their_head_word
{
    private const string Text = """
        About 900 workers at the copper smelter walked off the job on Tuesday after the Sindicato de Trabajadores Fundición Ventanas
        rejected the company's final offer, and the government said the Dirección del Trabajo would try to mediate between the two sides.

        In the state congress, lawmakers from Movimiento Progresista voted against the budget, which they said would cut funding for
        schools and hospitals in the north of the state.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Sindicato de Trabajadores Fundición Ventanas")]
    [InlineData("Dirección del Trabajo")]
    [InlineData("Movimiento Progresista")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
