namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Workers' Party (PT)": "PT" opens Indonesian company names ("PT Vale Indonesia"), so in brackets after a party it is the
/// party's acronym, not a legal form that belongs to the name ("Hubco Power (Pvt) Ltd" keeps its brackets).
/// </summary>
public sealed class When_a_party_has_an_acronym_that_is_also_a_legal_form
{
    private const string Text = """
        The motion was tabled in Brasília by the Workers' Party (PT), which holds the largest bench in the lower house.
        Its deputies met executives of Hubco Power (Pvt) Ltd on Tuesday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_party_without_its_acronym() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Workers' Party");

    [Fact]
    public void Should_not_take_the_acronym_into_the_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Workers' Party (PT)");

    [Fact]
    public void Should_keep_a_closing_form_in_brackets() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Hubco Power (Pvt) Ltd");
}
