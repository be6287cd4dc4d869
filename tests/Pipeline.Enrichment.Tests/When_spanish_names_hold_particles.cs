namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Names from Latin American news hold "de", "del", "de la": the tagger stops at the particle,
/// so the halves are joined, and an institution's head word makes the whole an organisation.
/// </summary>
public sealed class When_spanish_names_hold_particles
{
    private const string Text = """
        QUITO — The electoral council said on Monday it would recount ballots from Santo Domingo de los Tsáchilas and San Juan de Lurigancho after complaints from two parties. The Defensoría del Pueblo sent observers to the counting centres.

        Former president Fernando de la Rúa of Argentina was mentioned by analysts, as was Banco de la Nación, the state lender. Prosecutors in Rio de Janeiro opened a separate inquiry.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("San Juan de Lurigancho", EntityTypes.Location)]
    [InlineData("Defensoría del Pueblo", EntityTypes.Organization)]
    [InlineData("Banco de la Nación", EntityTypes.Organization)]
    [InlineData("Fernando de la Rúa", EntityTypes.Person)]
    [InlineData("Rio de Janeiro", EntityTypes.Location)]
    public void Should_keep_a_name_whole_across_its_particles(string name, string type) =>
        Assert.Single(Result.Entities, e => e.Text == name && e.Type == type);

    [Fact]
    public void Should_not_leave_a_half_of_a_joined_name_behind() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Lurigancho" or "Pueblo" or "Defensoría");
}
