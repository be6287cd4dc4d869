namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Menara Sentosa Lt. 19": in an Indonesian address "Lt." is the floor ("lantai"), and the number after it names no one,
/// though the abbreviation is also a lieutenant's.
/// </summary>
public sealed class When_a_title_s_abbreviation_stands_before_a_number
{
    [Fact]
    public void Should_take_no_number_for_a_person()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "The company priced its bond on Monday, and the bankers said demand had been strong across Asia and Europe.\n\n© 2026 PT Kabar Pasar Nusantara, Menara Sentosa Lt. 19, Jl. Iskandarsyah Raya, Jakarta Selatan",
        });
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Person && !e.Text.Any(char.IsLetter));
    }
}
