namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Citibank, N.A.", "Wells Fargo Bank, N.A.": an American national bank writes "National Association" after a comma as its
/// legal form; the name before it, whatever the tagger made of it, and the form are one bank.
/// </summary>
public sealed class When_an_american_national_bank_writes_its_legal_form
{
    private const string Text = """
        The exporters settle their invoices through Citibank, N.A. and through Wells Fargo Bank, N.A., the filing shows.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Citibank, N.A.")]
    [InlineData("Wells Fargo Bank, N.A.")]
    public void Should_name_the_bank_with_its_form(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_name_the_form_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "N.A.");
}
