namespace Pipeline.Enrichment.Tests;

/// <summary>Company names as wire copy writes them: a legal form first, the bare name after, and people "of" a company.</summary>
public sealed class When_companies_are_named_with_and_without_their_legal_form
{
    private const string Text = """
        COPENHAGEN, March 4 - Hapag-Lloyd AG agreed on Tuesday to buy Nordlys Shipping A/S for about 2.1 billion dollars, the companies said.

        "This is a logical step for both of us," said Rolf Habben Jansen, chief executive of Hapag-Lloyd. Mette Kjaer of Nordlys Shipping said the board backed the offer.

        Shares in Nordlys rose 14 percent in Copenhagen, while Hapag-Lloyd fell 2 percent in Frankfurt. Advisers JPMorgan Chase & Co said the price was fair.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text, Published = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero) });

    [Theory]
    [InlineData("The fund sold its stakes in Harbour Minerals and Southern Cross Mining Ltd after a review.", "Harbour Minerals", "Southern Cross Mining Ltd")]
    [InlineData("The fund sold its stakes in Tallow and Finch Holdings Ltd after a review.", "Tallow and Finch Holdings Ltd", null)]
    public void Should_read_two_names_joined_by_and_as_two_when_each_has_words_of_its_own(string text, string first, string? second)
    {
        var names = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities
            .Where(e => e.Type == EntityTypes.Organization).Select(e => e.Text).ToList();
        Assert.Contains(first, names);
        if (second is not null) Assert.Contains(second, names);
    }

    [Fact]
    public void Should_read_two_listed_places_joined_by_and_as_two_places()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "NAIROBI, March 3 - Kenya and Ethiopia signed a deal on Monday to double the power that flows across their border, officials said." }).Entities;
        Assert.DoesNotContain(entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "Kenya" && e.CountryCode == "KE");
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Text == "Ethiopia" && e.CountryCode == "ET");
    }

    [Fact]
    public void Should_keep_a_slashed_legal_form_as_part_of_the_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Nordlys Shipping A/S");

    [Fact]
    public void Should_keep_a_legal_form_written_without_its_full_stop() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "JPMorgan Chase & Co");

    [Fact]
    public void Should_group_the_bare_name_under_the_company_even_where_the_tagger_took_it_for_a_place()
    {
        var company = Assert.Single(Result.Entities, e => e.Text == "Hapag-Lloyd AG");
        Assert.Equal(EntityTypes.Organization, company.Type);
        Assert.Equal(3, company.Mentions.Count);
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Hapag-Lloyd");
    }

    [Fact]
    public void Should_read_a_person_of_a_company_as_a_person_and_the_company()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Mette Kjaer");
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Mette Kjaer of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marlow Foods Plc reported higher sales on Monday.", "Marlow Foods Plc")]
    [InlineData("Shares of Sinar Deli Bhd rose after the results.", "Sinar Deli Bhd")]
    [InlineData("Investors bought Bumi Karya Tbk on the news.", "Bumi Karya Tbk")]
    public void Should_end_a_company_at_a_legal_form_written_in_title_case_or_used_in_Malaysia_and_Indonesia(string text, string company) =>
        Assert.Contains(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Organization && e.Text == company);

    [Fact]
    public void Should_keep_a_listed_company_that_is_also_a_city_an_organisation_outside_a_place_phrase()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Toyota cuts forecast\n\nToyota said on Tuesday that demand had weakened. Santander said its profit rose, and protesters gathered in Santander." });
        Assert.Single(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Toyota");
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Toyota");
    }

    [Theory]
    [InlineData("Access Holdings Plc, Zenith Bank and Guaranty Trust Holding Company have already raised the required amounts.", "Access Holdings Plc")]
    [InlineData("The regulator opened an inquiry into inflators made by ARC Automotive Inc of Knoxville, Tennessee, on Monday.", "ARC Automotive Inc")]
    public void Should_keep_a_company_opening_a_sentence_whole_and_end_it_at_its_legal_form_before_of(string text, string company)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == company);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Organization && e.Text != company && e.Text.Contains(company.Split(' ')[1], StringComparison.Ordinal));
    }

    [Fact]
    public void Should_group_the_bare_name_under_the_company_with_a_legal_form_rather_than_its_unit()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Mazda recalls cars\n\nMazda Motor Corp said on Thursday it would recall 1.2 million vehicles. Mazda's president apologised. Mazda North American Operations, based in Irvine, California, said parts would come from Autoliv Inc.",
        });
        Assert.Equal(3, Assert.Single(result.Entities, e => e.Text == "Mazda Motor Corp" && e.Type == EntityTypes.Organization).Mentions.Count);
        Assert.Single(result.Entities, e => e.Text == "Mazda North American Operations" && e.Type == EntityTypes.Organization);
        Assert.DoesNotContain(result.Entities, e => e.Text == "Mazda");
    }

    [Theory]
    [InlineData("Arms makers are set to benefit. Kongsberg Defence & Aerospace, which makes the system with RTX Corp, said it was ready to increase output.", "Kongsberg Defence & Aerospace")]
    [InlineData("The buyer was advised by Rothschild & Co and the law firm Gianni & Origoni.", "Gianni & Origoni")]
    public void Should_take_names_joined_by_an_ampersand_for_one_firm(string text, string company)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Organization && e.Text == company);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Should_take_common_words_joined_by_an_ampersand_for_no_firm() =>
        Assert.DoesNotContain(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "The store has moved its Hobby & Crafts aisle to the first floor." }).Entities,
            e => e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_group_the_bare_name_under_a_company_whose_legal_form_is_and_co()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "The trading house Mitsui & Co. agreed to buy a 20% stake in the mine for $240 million, the companies said on Tuesday.\n\nShares of Mitsui rose as much as 1.8% in Tokyo after the announcement.",
        }).Entities;
        var company = Assert.Single(entities, e => e.Text == "Mitsui & Co.");
        Assert.Equal(2, company.Count);
        Assert.DoesNotContain(entities, e => e.Text == "Mitsui");
    }
}
