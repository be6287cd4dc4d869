namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Ashur International Bank for Investment and Sumer Gate Bank": a body named by its head word and what it is for, then
/// "and" and a second name of three capitalised words ending in a head word of its own, are two bodies. A portfolio after
/// "and" stays in the first body's name.
/// </summary>
public sealed class When_a_bank_named_by_its_remit_is_listed_with_another
{
    private const string Text = """
        The licences of Northwind Commercial Bank for Trade and Cedar Valley Bank were suspended on Monday.
        The Corran Bank for Development and Investment was not affected.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Northwind Commercial Bank for Trade")]
    [InlineData("Cedar Valley Bank")]
    [InlineData("Corran Bank for Development and Investment")]
    public void Should_name_each_bank(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
