namespace Pipeline.Enrichment.Tests;

/// <summary>
/// English news drops the accents of provinces as it does of cities: "Đồng Nai" and "Bình Dương" are written "Dong Nai"
/// and "Binh Duong", which the tagger reads as people's names. The list's plain spelling of a province of two words or
/// more is the province (a one-word plain form such as "Leon" stays a name). A currency code glued to its figure
/// ("VND2.4 billion", "USD7m") is an amount, and no part of the company named before it.
/// </summary>
public sealed class When_a_province_or_a_currency_code_is_written_plainly
{
    private const string Text = """
        The bonds were sold mostly to retail savers in Dong Nai and Binh Duong, where the developer has built two industrial parks since 2019. Regulators fined Mekong Delta Housing JSC VND2.4 billion on Tuesday, and a lender in Singapore set aside USD7m for losses on the same notes. Leon Marchetti, a fund manager, said the fine was small.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Dong Nai")]
    [InlineData("Binh Duong")]
    public void Should_find_the_province(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name && e.CountryCode == "VN");

    [Fact]
    public void Should_not_take_the_province_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text is "Dong Nai" or "Binh Duong");

    [Theory]
    [InlineData("VND2.4 billion", 2_400_000_000, "VND")]
    [InlineData("USD7m", 7_000_000, "USD")]
    public void Should_read_the_glued_code_as_money(string text, double amount, string currency) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Money && e.Text == text && e.Amount == (decimal)amount && e.Currency == currency);

    [Fact]
    public void Should_end_the_company_before_the_amount() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Mekong Delta Housing JSC");

    [Fact]
    public void Should_keep_a_one_word_plain_form_a_name() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Leon Marchetti");
}
