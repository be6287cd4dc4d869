namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Portuguese firms such as Galp, Mota-Engil and Efacec", "lenders including Absa and Nedbank":
/// every name listed under a plural word for companies is a company, whatever the tagger guessed
/// for the ones no list knows (a place, a person). A country in such a list stays a place.
/// </summary>
public sealed class When_companies_are_listed_under_a_plural_cue
{
    [Fact]
    public void Should_read_every_listed_name_as_an_organisation()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Trade mission\n\nThe minister said Spanish companies such as Repsol, Talgo and Indra were ready to invest in the Azerbaijani market, and lenders including Absa and Nedbank would finance the projects.",
        }).Entities;
        Assert.Equal(
            ["Absa", "Indra", "Nedbank", "Repsol", "Talgo"],
            entities.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Text).Order(StringComparer.Ordinal));
    }
}
