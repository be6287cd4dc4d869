namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A ministry's or an embassy's footer gives its address as one line of parts between commas that ends in the town, maybe with
/// a postcode, and holds a number. After the first part, a part the tagger takes for a person is a street, a building or a
/// quarter; a house number or a postcode before it is no part of the place.
/// </summary>
public sealed class When_a_footer_gives_an_address_line
{
    [Theory]
    [InlineData("Ministry of Culture, Rabindra Nath Bhawan, 12-C Rajpath, New Delhi - 110001", "Rabindra Nath Bhawan")]
    [InlineData("Ministry of Culture, Rabindra Nath Bhawan, 12-C Rajpath, New Delhi - 110001", "Rajpath")]
    [InlineData("Address: No. 7, Dongjiaomin Xiang, Dongcheng District, Beijing, 100006", "Dongjiaomin Xiang")]
    [InlineData("No. 18, Street 51, Chamkar Mon, Phnom Penh", "Chamkar Mon")]
    [InlineData("No. 18, Street 51, Chamkar Mon, Phnom Penh", "Street 51")]
    [InlineData("Palácio dos Arcos, Setor Bancário Sul, Block 4, 70070-120 Brasília", "Brasília")]
    [InlineData("Corniche El Maadi, Zamalek, Cairo", "Corniche El Maadi")]
    [InlineData("Jalan Medan Merdeka Barat No. 9, Central Jakarta 10110", "Jalan Medan Merdeka Barat")]
    public void Should_name_the_part_a_place(string footer, string place) =>
        Assert.Contains(Enrich(footer).Entities, e => e.Type == EntityTypes.Location && e.Text == place);

    [Theory]
    [InlineData("Ministry of Culture, Rabindra Nath Bhawan, 12-C Rajpath, New Delhi - 110001")]
    [InlineData("Address: No. 7, Dongjiaomin Xiang, Dongcheng District, Beijing, 100006")]
    [InlineData("Palácio dos Arcos, Setor Bancário Sul, Block 4, 70070-120 Brasília")]
    public void Should_find_no_person_in_it(string footer) =>
        Assert.DoesNotContain(Enrich(footer).Entities, e => e.Type == EntityTypes.Person);

    [Theory]
    [InlineData("Press office: Daniela Ferraz, spokesperson, Lisbon", "Daniela Ferraz")]
    [InlineData("Speaking at the bank's office on Marina Road in Lagos, Deputy Governor Adaeze Nwosu said inflation had eased to 14.2 percent, Lagos", "Adaeze Nwosu")]
    public void Should_keep_a_person_outside_an_address(string text, string person) =>
        Assert.Contains(Enrich(text).Entities, e => e.Type == EntityTypes.Person && e.Text == person);

    [Fact]
    public void Should_leave_a_street_named_with_a_number_to_the_street_rules() =>
        Assert.DoesNotContain(Enrich("© 2026 Harbour Light Media Co., Ltd., No. 12, Minsheng 3rd Road, East District, Hsinchu").Entities,
            e => e.Type == EntityTypes.Location && e.Text == "Minsheng");

    // The footer closes an English press release, as it does on the page.
    private static EnrichmentResult Enrich(string footer) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "The two delegations discussed trade, fisheries and consular matters, and agreed to meet again later in the year.\n\nRelated news\n- Minister meets visiting delegation\n\n" + footer,
    });
}
