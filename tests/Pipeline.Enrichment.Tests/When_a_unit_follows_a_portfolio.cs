namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Chief of the Legal Affairs Section of the Office for ...": after "Affairs" a capitalised
/// word starts a person only when it could be a name; "Section", "Division" and "Unit" are ordinary words.
/// </summary>
public sealed class When_a_unit_follows_a_portfolio
{
    [Fact]
    public void Should_read_no_person_in_the_unit()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Council briefed on floods\n\nAlso briefing was Leila Haddad-Moreau, Chief of the Legal Affairs Section of the Office for the Coordination of Refugee Affairs (OCRA), who said relief convoys had reached Kassala.",
        }).Entities;
        Assert.Equal(["Leila Haddad-Moreau"], entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text));
    }
}
