namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A publisher's imprint or a contact block gives a postal address: the street before or after the house number, between
/// commas, before a postcode or a town, is a place, whatever it looks like ("United Nations Plaza" is no body, "Rue Carnot"
/// no person).
/// </summary>
public sealed class When_an_imprint_gives_a_postal_address
{
    [Theory]
    [InlineData("© 2026 Halden Review GmbH, Friedrichstraße 68, 10117 Berlin, Germany", "Friedrichstraße")]
    [InlineData("© 2026 Vasa Media AB, Drottninggatan 14, 111 51 Stockholm", "Drottninggatan")]
    [InlineData("Published by Ediciones del Valle, S.A. de C.V., Paseo de la Reforma 250, Cuauhtémoc, 06600 Mexico City.", "Paseo de la Reforma")]
    [InlineData("Published by Turtle Bay Press Inc., 866 United Nations Plaza, New York 10017", "United Nations Plaza")]
    [InlineData("© 2026 Atlantic Coast Review, a project of the Ngor Foundation, Rue Carnot, Dakar, Senegal", "Rue Carnot")]
    public void Should_name_the_street_a_place(string imprint, string street) =>
        Assert.Contains(Enrich(imprint).Entities, e => e.Type == EntityTypes.Location && e.Text == street);

    [Fact]
    public void Should_keep_the_town_after_the_postcode_a_listed_place()
    {
        var berlin = Assert.Single(Enrich("© 2026 Halden Review GmbH, Friedrichstraße 68, 10117 Berlin, Germany").Entities, e => e.Text == "Berlin");
        Assert.Equal(("DE", EntityTypes.Location), (berlin.CountryCode, berlin.Type));
    }

    [Theory]
    [InlineData("Saudi Arabia's Vision 2030, Riyadh's plan to diversify the economy, was discussed in Jeddah.", "Vision")]
    [InlineData("The office moved to Suite 400, Washington, last year, said Maria Delgado.", "Suite")]
    [InlineData("P.O. Box 252, Postal Code 100, Muscat", "Postal")]
    [InlineData("© Formosa Circuit Media Co., Ltd. 3F, No. 99, Section 1, Keelung Road, Xinyi District, Taipei", "Section")]
    public void Should_take_no_year_or_unit_of_a_building_for_a_street(string text, string word) =>
        Assert.DoesNotContain(Enrich(text).Entities, e => e.Type == EntityTypes.Location && e.Text.StartsWith(word, StringComparison.Ordinal));

    // The imprint closes an English story, as it does on the page.
    private static EnrichmentResult Enrich(string imprint) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "The committee will meet again next month to review the figures, and its members said they expected a long debate over the budget.\n\n" + imprint,
    });
}
