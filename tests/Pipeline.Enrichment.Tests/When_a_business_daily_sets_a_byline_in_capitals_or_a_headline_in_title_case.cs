namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A business daily sets its byline in capitals ("By FARAH AMIRA ZULKIFLI"): the reporter is named in title case, as a
/// dateline's place is. Its title-case headlines capitalise function words, and no one's name opens with "From" or "And" or
/// ends in "As" ("Leases Four More From AerLease", "KTN Appoints Wulandari As Independent Commissioner"). A Turkish bank's
/// legal form "T.A.Ş." (Türk Anonim Şirketi) makes its name a company's.
/// </summary>
public sealed class When_a_business_daily_sets_a_byline_in_capitals_or_a_headline_in_title_case
{
    private const string Text = """
        By FARAH AMIRA ZULKIFLI

        KUALA LUMPUR: Andes Air said on Monday it would lease four more jets from AerLease, adding to its order for twenty. AerLease said the aircraft would be delivered next year.

        In Istanbul, Yelkenbank T.A.Ş. added 3.4% and Tekin Holding A.Ş., which controls Yelkenbank, rose 2.2%.

        Most read
        Andes Air Signs For 20 Jets, Leases Four More From AerLease
        KTN Appoints Wulandari As Independent Commissioner
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_reporter_in_title_case() =>
        Assert.Contains(Result.Entities, e => e.Text == "Farah Amira Zulkifli" && e.Type == EntityTypes.Person);

    [Theory]
    [InlineData("FARAH AMIRA ZULKIFLI")]
    [InlineData("From AerLease")]
    [InlineData("Wulandari As")]
    public void Should_not_keep_capitals_or_function_words_in_a_name(string wrong) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == wrong);

    [Fact]
    public void Should_take_the_bank_with_its_legal_form_for_a_company() =>
        Assert.Contains(Result.Entities, e => e.Text == "Yelkenbank T.A.Ş." && e.Type == EntityTypes.Organization);
}
