namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Business news names the world's big companies, auditors and consultancies bare, often where the sentence alone would
/// read a person ("Nokia was advised by Grant Thornton") or a place ("Iberdrola bid for the wind farm"). They are listed
/// organisations.
/// </summary>
public sealed class When_a_global_company_is_named_bare
{
    private const string Text = """
        The deal was announced on Monday after months of talks between the two sides and their banks. Nokia was advised by Grant Thornton on the deal, while Iberdrola bid for the wind farm off the coast of Valencia. Vodafone and Deutsche Telekom declined to comment when they were asked about the price.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Nokia")]
    [InlineData("Grant Thornton")]
    [InlineData("Iberdrola")]
    [InlineData("Vodafone")]
    [InlineData("Deutsche Telekom")]
    public void Should_find_the_company(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
