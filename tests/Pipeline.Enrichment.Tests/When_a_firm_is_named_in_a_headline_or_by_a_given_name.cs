namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Ryanair loses High Court bid": a headline's verb, an English word only ever written in lower case, ends the company's
/// name. "Ryanair DAC", "AquaMar Logistik UG": Irish and German legal forms end a company's name. "Milford Asset
/// Management": a firm that opens with a given name and ends in what it does is a firm, not a person.
/// </summary>
public sealed class When_a_firm_is_named_in_a_headline_or_by_a_given_name
{
    private const string Text = """
        Ryanair loses High Court bid to halt the inquiry into its customer checks. The airline, Ryanair DAC, said its partner AquaMar Logistik UG had not been told of the inquiry, while Milford Asset Management, which holds shares in both, said it would wait for the ruling.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ryanair DAC")]
    [InlineData("AquaMar Logistik UG")]
    [InlineData("Milford Asset Management")]
    public void Should_name_the_firm_as_an_organisation(string firm) =>
        Assert.Contains(Result.Entities, e => e.Text == firm && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_not_run_a_name_over_the_headlines_verb() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("loses", StringComparison.Ordinal));

    [Fact]
    public void Should_name_no_person() => Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
