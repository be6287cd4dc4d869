namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Juan Carlos de la Vega Ruiz" ... "De la Vega said": a Spanish name goes by the first of two surnames, and a first surname
/// that opens with particles keeps them, so the short form is the same person, not a second one.
/// </summary>
public sealed class When_a_first_surname_opens_with_particles
{
    private const string Text = """
        MONTERREY -- The state's transport secretary, Juan Carlos de la Vega Ruiz, said on Friday that the new bus lanes would open in May.
        De la Vega told reporters that the contract had been signed with three operators.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_link_the_short_form_to_the_full_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Juan Carlos de la Vega Ruiz" && e.Count == 2);

    [Fact]
    public void Should_not_name_a_second_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "De la Vega");
}
