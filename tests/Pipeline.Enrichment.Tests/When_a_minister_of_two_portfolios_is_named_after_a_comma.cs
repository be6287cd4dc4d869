namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Minister of Marine and Blue Economy, Adegboyega Oyetola": the words after "and" are the second
/// half of the minister's portfolio, not an organisation, and the name after the comma is the minister,
/// not a second organisation of a list. Nor is the whole title an organisation ("the Minister of Mines
/// and Steel Development" gave "of Mines and Steel Development").
/// </summary>
public sealed class When_a_minister_of_two_portfolios_is_named_after_a_comma
{
    [Fact]
    public void Should_find_the_minister_and_no_organisation()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Port expansion\n\nThe deal was announced at a ceremony attended by the Minister of Marine and Blue Economy, Kwabena Asante-Mensah, and the regional governor, Efua Boateng. The plan was launched by the Minister of Mines and Steel Development, Olumide Bakare, in Abuja.",
        }).Entities;
        Assert.Equal(["Efua Boateng", "Kwabena Asante-Mensah", "Olumide Bakare"], entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Organization);
    }
}
