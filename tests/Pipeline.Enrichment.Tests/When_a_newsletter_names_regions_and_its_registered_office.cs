namespace Pipeline.Enrichment.Tests;

/// <summary>
/// An energy newsletter's menu names its regions ("Eurasia", "Americas"), which are places like "Middle East". Its footer says
/// the publisher is "registered in England and Wales" and gives an address in the United Kingdom: England and Wales are places
/// of their own, not the United Kingdom again. A Malaysian imprint's address names its street with "Jalan" and a titled
/// person's name ("Jalan Tun Ismail"): the street is one place, not a person.
/// </summary>
public sealed class When_a_newsletter_names_regions_and_its_registered_office
{
    private const string Text = """
        Upstream | Refining | Eurasia | Data | Events
        Markets  Energy  Europe  Americas  Commodities

        The explorer said output at its Kazakh fields rose 4% in the quarter, and that it would drill two more wells next year.

        Wellspring Data is a publication of Tarn & Moss Publishing Limited, registered in England and Wales, company number 07712345. 5 More London Place, London SE1 2AF, United Kingdom.

        Straits Ledger
        Level 12, Menara Cahaya, Jalan Tun Ismail, 50480 Kuala Lumpur, Malaysia
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Eurasia")]
    [InlineData("Americas")]
    [InlineData("England")]
    [InlineData("Wales")]
    [InlineData("United Kingdom")]
    [InlineData("Jalan Tun Ismail")]
    public void Should_name_each_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Location);

    [Fact]
    public void Should_not_take_the_street_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Ismail") && e.Type == EntityTypes.Person);
}
