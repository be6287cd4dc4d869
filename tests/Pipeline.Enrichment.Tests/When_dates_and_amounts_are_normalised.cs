namespace Pipeline.Enrichment.Tests;

public sealed class When_dates_and_amounts_are_normalised
{
    private static readonly DateTimeOffset Published = new(2019, 2, 2, 12, 0, 0, TimeSpan.Zero); // a Saturday

    private static Dictionary<string, string?> Dates(string text, DateTimeOffset? published) =>
        DateRules.Find(text, published).ToDictionary(d => d.Text, d => d.Normalized);

    [Theory]
    [InlineData("The minister arrived on Jan. 29 and 30.", "Jan. 29 and 30", "2019-01-29/2019-01-30")]
    [InlineData("Talks resume on 14 March 2019.", "14 March 2019", "2019-03-14")]
    [InlineData("The deal was signed yesterday.", "yesterday", "2019-02-01")]
    [InlineData("He spoke on Tuesday.", "Tuesday", "2019-01-29")]
    [InlineData("They meet next Tuesday.", "next Tuesday", "2019-02-05")]
    [InlineData("Prices rose last month.", "last month", "2019-01")]
    [InlineData("A summit is planned for March.", "March", "2019-03")]
    [InlineData("The Soviet Union helped in the 1960s.", "1960s", "196X")]
    [InlineData("It was founded on December 20.", "December 20", "2018-12-20")]
    public void Should_resolve_against_the_publication_date(string text, string mention, string expected) =>
        Assert.Equal(expected, Dates(text, Published)[mention]);

    [Fact]
    public void Should_leave_the_year_unknown_without_a_publication_date()
    {
        Assert.Equal("XXXX-01-29", Dates("It happened on Jan. 29.", null)["Jan. 29"]);
        Assert.Null(Dates("It happened yesterday.", null)["yesterday"]);
    }

    [Fact]
    public void Should_not_take_a_resolution_number_or_a_modal_verb_for_a_date()
    {
        Assert.Empty(Dates("Under Resolution 2254 the talks may continue.", Published));
    }

    [Theory]
    [InlineData("Investments exceeded $10 billion.", 10_000_000_000, "USD")]
    [InlineData("The fund holds €4.5m.", 4_500_000, "EUR")]
    [InlineData("A loan of 300 million euros was agreed.", 300_000_000, "EUR")]
    [InlineData("Exports reached 2.5 trillion yen.", 2_500_000_000_000, "JPY")]
    [InlineData("It costs £1,200.", 1_200, "GBP")]
    public void Should_give_money_an_amount_and_iso_4217_code(string text, decimal amount, string currency)
    {
        var money = Assert.Single(NumericRules.Find(text), s => s.Type == EntityTypes.Money);
        Assert.Equal(amount, money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Fact]
    public void Should_find_percentages_and_quantities()
    {
        var found = NumericRules.Find("Output fell 4.2% to 3 million barrels per day over 120 km of pipeline.").ToList();
        Assert.Contains(found, s => s.Type == EntityTypes.Percent && s.Normalized == "4.2%");
        Assert.Contains(found, s => s.Type == EntityTypes.Quantity && s.Text == "3 million barrels per day");
        Assert.Contains(found, s => s.Type == EntityTypes.Quantity && s.Text == "120 km");
    }
}
