namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Money is written in every currency, not only the dollar and its neighbours: by its ISO 4217 code before the
/// amount ("GHS 45", "KES 2.4 billion"), by its name ("120 million baht", "30 billion cedis"), or by its name after the
/// nationality that tells shillings, rupees and kwacha apart ("Kenyan shillings", "Sri Lankan rupees"). Each is money
/// with its code, and a code is never taken for an organisation; nor is a measure in capitals ("percent of GDP").
/// </summary>
public sealed class When_an_amount_is_in_an_african_or_asian_currency
{
    private const string Text = """
        NAIROBI — The lake ferry operator Nyanza Shipping said its new route would cost KES 2.4 billion, and a Ugandan partner would put in 800 million Ugandan shillings. Public debt stands at about 70 percent of GDP.

        Readers in Kumasi can subscribe from GHS 45 a month. The Thai bus maker Siam Coachworks lost 120 million baht, and a Colombo contractor asked for 9 billion Sri Lankan rupees. The Lusaka grain board paid 60 million Zambian kwacha.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("KES 2.4 billion", "KES")]
    [InlineData("800 million Ugandan shillings", "UGX")]
    [InlineData("GHS 45", "GHS")]
    [InlineData("120 million baht", "THB")]
    [InlineData("9 billion Sri Lankan rupees", "LKR")]
    [InlineData("60 million Zambian kwacha", "ZMW")]
    public void Should_read_the_amount_as_money_in_its_currency(string amount, string currency) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Money && e.Text == amount && e.Currency == currency);

    [Fact]
    public void Should_not_take_a_code_or_a_measure_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type != EntityTypes.Money && e.Text is "KES" or "GHS" or "GDP");
}
