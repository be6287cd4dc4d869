namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Cochilco, the government's copper and lithium commission": a name in apposition to a phrase
/// that ends in a kind of organisation is that organisation. A person in apposition to a role with
/// an organisation after it ("a spokeswoman for the fund") stays a person.
/// </summary>
public sealed class When_a_name_stands_in_apposition_to_a_kind_of_organisation
{
    private const string Text = """
        SANTIAGO — Analysts at Cochilco, the government's copper and lithium commission, forecast that output could double by 2032. Sernageomin, the state mining regulator, said it would review the permits.

        Mariam Al Suwaidi, a spokeswoman for the fund, said it had no plans to seek board control.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Cochilco")]
    [InlineData("Sernageomin")]
    public void Should_read_the_name_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_a_spokeswoman_for_an_organisation_a_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Mariam Al Suwaidi");
}
