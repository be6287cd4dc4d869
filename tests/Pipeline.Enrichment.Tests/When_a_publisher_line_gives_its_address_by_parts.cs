namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Harbour Daily is published by Seaview Media Holdings Ltd, Building 12, Marina Business Park, PO Box 40177, Mombasa, Kenya.": a
/// page's footer names the publisher, then its address by parts between commas. The line opens with a clause, so its first part
/// is long, but it ends in the company. A unit of the building and its number ("Building 12", "P.O. Box 40177", "3rd Floor",
/// "Piso 4", "No. 6") is no name; a part the tagger took for a person or for a body that is no company is a street, a building or a
/// quarter; a house number after a street ("No. 77") is no part of it. The label of a company register's number ("RC 204411",
/// "HRB 118230") is no name either.
/// </summary>
public sealed class When_a_publisher_line_gives_its_address_by_parts
{
    private const string Text = """
        The port authority said on Tuesday that container traffic had risen for a third month, helped by new feeder services to the islands.

        Related news
        - Ferry operator adds a second vessel on the northern route

        About us | Contact | Advertise | Privacy

        Harbour Daily is published by Seaview Media Holdings Ltd, Building 12, Marina Business Park, P.O. Box 40177, Mombasa, Kenya.

        Valley Courier is owned by Tamarind Press (Pvt) Ltd, 3rd Floor, Haider Plaza, Gulberg Market, Canal Road, Lahore, Pakistan.

        Coastal Ledger is a publication of Ediciones Costeras S.A.S., Piso 4, Avenida Libertador, Barranquilla, Colombia.

        Anatolia Weekly is published by Ege Basın Yayıncılık A.Ş., Cumhuriyet Caddesi No. 77, Alsancak, 35210 Konak, Izmir, Türkiye.

        Savanna FM is a service of Kestrel Broadcasting Company Plc, Plot 88 Adeola Odeku Street, Ikoyi, Lagos, Nigeria. Registered in Nigeria, RC 204411.

        Registered at Amtsgericht Hamburg, HRB 118230.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Building")]
    [InlineData("P.O. Box")]
    [InlineData("3rd Floor")]
    [InlineData("Piso")]
    [InlineData("Plot")]
    [InlineData("RC")]
    [InlineData("HRB")]
    public void Should_find_no_name_in_a_unit_or_a_register_label(string label) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == label || e.Text.StartsWith(label + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Marina Business Park")]
    [InlineData("Haider Plaza")]
    [InlineData("Gulberg Market")]
    [InlineData("Cumhuriyet Caddesi")]
    [InlineData("Alsancak")]
    [InlineData("Adeola Odeku Street")]
    public void Should_name_the_part_a_place(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);

    [Theory]
    [InlineData("Seaview Media Holdings Ltd")]
    [InlineData("Tamarind Press (Pvt) Ltd")]
    [InlineData("Kestrel Broadcasting Company Plc")]
    public void Should_keep_the_publisher_a_body(string company) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == company);

    [Fact]
    public void Should_find_no_person_in_the_addresses() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
