namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The money rule looks for amounts only around figures. Amounts close together, a code before a figure at the very start
/// of the text, a symbol glued to the figure in brackets, and a currency named several words after the figure are all
/// still found, each once.
/// </summary>
public sealed class When_amounts_stand_close_together
{
    private const string Text = """
        GHS 45 million was set aside for the roads, the ministry said, after the lenders (US$5m each) agreed to pay $1.2 billion and 800 million Ugandan shillings towards the bridge, and a further 120 million baht came from the Thai side of the border.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("GHS 45 million", "GHS")]
    [InlineData("US$5m", "USD")]
    [InlineData("$1.2 billion", "USD")]
    [InlineData("800 million Ugandan shillings", "UGX")]
    [InlineData("120 million baht", "THB")]
    public void Should_find_each_amount_with_its_currency(string amount, string currency)
    {
        var money = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Money && e.Text == amount);
        Assert.Equal(currency, money.Currency);
    }
}
