namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A markets page's title-case headlines put a company before a verb of the trade ("Holds", "Jumps", "Climbs", "Resumes")
/// or before "to" and a verb ("Northgate Power to Build"), and the tagger and the organisation rule run the company's name
/// on over them. The company ends with its legal form or head word, or is the acronym before the verb; nothing after the verb
/// is part of it.
/// </summary>
public sealed class When_a_business_headline_names_a_company_before_its_verb
{
    [Theory]
    [InlineData("- Corvina Holdings Profit Climbs On Strong Port Traffic", "Corvina Holdings Profit")]
    [InlineData("- Tessaly Industries Jumps 9% On Export Orders From Poland", "Tessaly Industries Jumps")]
    [InlineData("- NBK Holds Policy Rate Steady As Prices Cool", "NBK Holds")]
    [InlineData("- BSP Holds Key Rate At 6.5%, Signals Cut In August", "BSP Holds")]
    [InlineData("- Drava Mining Tbk Signs Supply Agreement With Kestrel Battery Materials For Smelter", "Agreement With")]
    [InlineData("- Tarrow Electric to Build Second Substation Near Gdansk", "Tarrow Electric to Build")]
    [InlineData("- Hoshino, UMC and Tohoku Electric to Build ¥410 Billion Fab in Sendai", "Tohoku Electric to Build")]
    [InlineData("- Renova, KTL and Chubu Electric to Build ¥300 Billion Fab in Nagoya", "Build")]
    public void Should_keep_the_verb_and_what_follows_out_of_the_company(string headline, string wrong) =>
        Assert.DoesNotContain(Enrich(headline).Entities, e => e.Text.Contains(wrong, StringComparison.Ordinal));

    [Theory]
    [InlineData("- Corvina Holdings Profit Climbs On Strong Port Traffic", "Corvina Holdings")]
    [InlineData("- Tessaly Industries Jumps 9% On Export Orders From Poland", "Tessaly Industries")]
    [InlineData("- Drava Mining Tbk Signs Supply Agreement With Kestrel Battery Materials For Smelter", "Drava Mining Tbk")]
    [InlineData("- Hoshino, UMC and Tohoku Electric to Build ¥410 Billion Fab in Sendai", "Tohoku Electric")]
    public void Should_name_the_company(string headline, string name) =>
        Assert.Contains(Enrich(headline).Entities, e => e.Text == name && e.Type == EntityTypes.Organization);

    // The headline stands in a most-read list after a markets story.
    private static EnrichmentResult Enrich(string line) => new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = "Shares of regional lenders rose on Tuesday as traders bet that borrowing costs had peaked, brokers said.\n\nMost read\n" + line,
    });
}
