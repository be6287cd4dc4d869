namespace Pipeline.Enrichment.Tests;

public sealed class When_dates_and_amounts_are_named
{
    private const string Text = """
        Kazakhstan will invest $450 million at Aktau, the minister said on Feb. 6. Imports could be worth about
        $1.6 billion a year, and prices rose 19.60 percent. The port will cost $450 million more by 2027.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = Text,
        Published = new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.Zero),
    });

    [Fact]
    public void Should_name_them_by_the_first_surface_form_with_the_value_in_normalized()
    {
        var money = Assert.Single(Result.Entities, e => e.Text == "$450 million");
        Assert.Equal("450000000 USD", money.Normalized);
        Assert.Equal(2, money.Count);
        var date = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Date && e.Text == "Feb. 6");
        Assert.Equal("2024-02-06", date.Normalized);
    }

    [Fact]
    public void Should_write_values_without_trailing_zeros()
    {
        var money = Assert.Single(Result.Entities, e => e.Text == "$1.6 billion");
        Assert.Equal("1600000000 USD", money.Normalized);
        Assert.Equal("1600000000", money.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("19.6%", Assert.Single(Result.Entities, e => e.Type == EntityTypes.Percent).Normalized);
    }
}
