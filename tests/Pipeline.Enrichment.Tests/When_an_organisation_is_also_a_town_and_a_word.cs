namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Some towns are named by ordinary English words ("Enterprise", "Reading", "Mobile"); where the
/// tagger read such a word as an organisation, the town list no longer makes it a place in a foreign country.
/// </summary>
public sealed class When_an_organisation_is_also_a_town_and_a_word
{
    [Fact]
    public void Should_not_make_the_organisation_a_town()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Port\n\nDangote Industries Limited has signed a $1.2 billion agreement with the Lekki Port LFTZ Enterprise to build two additional container berths.",
        }).Entities;
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Location && e.Text == "Enterprise");
    }
}
