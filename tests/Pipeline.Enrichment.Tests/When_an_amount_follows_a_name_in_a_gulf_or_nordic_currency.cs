namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Gulf papers write dirhams as "Dh" glued to the number ("fined the lender Dh46 million"), and Nordic and Central
/// European ones put the code first ("NOK 2.4 billion", "HUF 38 billion"). The amount is money, and a name right
/// before it ends where the amount begins.
/// </summary>
public sealed class When_an_amount_follows_a_name_in_a_gulf_or_nordic_currency
{
    private const string Text = """
        The central bank fined Crescent Harbour Bank Dh12 million on Tuesday for late reports to the regulator in Abu Dhabi.

        In Bergen, the ferry operator Fjordlink said it had raised NOK 900 million, and a Hungarian partner put in HUF 3.5 billion.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_end_the_name_before_the_amount() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Crescent Harbour Bank");

    [Theory]
    [InlineData("Dh12 million", "AED")]
    [InlineData("NOK 900 million", "NOK")]
    [InlineData("HUF 3.5 billion", "HUF")]
    public void Should_read_the_amount_as_money(string amount, string currency) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Money && e.Text == amount && e.Currency == currency);

    [Fact]
    public void Should_not_take_a_currency_code_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type != EntityTypes.Money && (e.Text.Contains("Dh12") || e.Text is "NOK" or "HUF"));
}
