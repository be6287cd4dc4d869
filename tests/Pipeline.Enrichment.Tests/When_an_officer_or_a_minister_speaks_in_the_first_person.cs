namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Brigadier Omar Khan-Lewis": the Commonwealth rank is a title, not part of the name. "Our Ministry of Justice will extend the
/// scheme": a minister speaking of his own government's body does not make "Our" part of its name.
/// </summary>
public sealed class When_an_officer_or_a_minister_speaks_in_the_first_person
{
    [Fact]
    public void Should_leave_the_rank_out_of_the_officer_s_name()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "The Defence Force sent two boats. Brigadier Omar Khan-Lewis, its chief of staff, said the crew had been warned." });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Omar Khan-Lewis");
        Assert.DoesNotContain(result.Entities, e => e.Text.StartsWith("Brigadier", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_leave_the_possessive_out_of_the_body_s_name()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "MINISTER HAN: Yes. Our Ministry of Justice will extend the visa scheme from September, and our embassy will open a second centre." });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Ministry of Justice");
        Assert.DoesNotContain(result.Entities, e => e.Text.StartsWith("Our", StringComparison.Ordinal));
    }
}
