namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "El Tiempo", "La Nación", "Los Pinos": Spanish, French and Italian names open with an article, and
/// some lists know "El" or "La" as a given name; the first-name rule no longer makes such a name a
/// person, and in an article such a name the tagger alone calls a person is dropped unless it is
/// linked to a longer name. A person whose surname holds an article stays one ("Ignazio La Russa").
/// </summary>
public sealed class When_a_name_opens_with_a_romance_article
{
    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = """
            Port deal draws criticism in Cartagena

            El Tiempo reported the deal on Sunday, and La Nación said the price was high. The operator will pay $410 million for a majority stake in the container terminal, the companies said in a joint statement, and will invest another $150 million over five years to deepen the channel and extend the quay.

            Senator Ignazio La Russa, who chairs a trade committee in Rome, said the price was fair. Dock workers said they had not been consulted. La Russa said the new owners had promised to keep every job for at least three years, and the port authority said it would publish the contract in full next month.
            """,
    }).Entities;

    [Fact]
    public void Should_read_no_paper_as_a_person() =>
        Assert.Equal(["Ignazio La Russa"], Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text));
}
