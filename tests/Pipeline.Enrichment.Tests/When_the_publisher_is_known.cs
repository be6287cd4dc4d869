namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The cleaner reads the publisher off a masthead, a release's letterhead or a page's declared site name. Where it reads as a
/// name it is an organisation the document names, with a mention in the site-name field; a masthead in capitals is named in
/// title case, as a dateline is; a ministry the text names too is one organisation with one more mention; a web address or a
/// name the text gives another type adds nothing.
/// </summary>
public sealed class When_the_publisher_is_known
{
    private const string Text = """
        The Ministry of Foreign Affairs said on Monday that the talks in Lima would resume next month, and the Harbour Ledger asked for comment.
        """;

    private static EnrichmentResult Enrich(string? siteName) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text, SiteName = siteName });

    [Fact]
    public void Should_name_a_masthead_as_an_organisation_in_the_site_name_field()
    {
        var site = Assert.Single(Enrich("Southern Port Review").Entities, e => e.Text == "Southern Port Review");
        Assert.Equal(EntityTypes.Organization, site.Type);
        Assert.Equal(Mention.InSiteName, Assert.Single(site.Mentions).Field);
    }

    [Fact]
    public void Should_name_a_masthead_in_capitals_in_title_case() =>
        Assert.Contains(Enrich("THE SOUTHERN PORT REVIEW").Entities, e => e.Text == "The Southern Port Review" && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_add_a_mention_to_the_organisation_the_text_names()
    {
        var ministry = Assert.Single(Enrich("Ministry of Foreign Affairs").Entities, e => e.Text == "Ministry of Foreign Affairs");
        Assert.Contains(ministry.Mentions, m => m.Field == Mention.InSiteName);
        Assert.Contains(ministry.Mentions, m => m.Field == Mention.InText);
    }

    [Theory]
    [InlineData("www.southernportreview.com")]
    [InlineData("Lima")]
    [InlineData(null)]
    public void Should_add_nothing_for_an_address_or_a_name_of_another_type(string? siteName) =>
        Assert.Equal(Enrich(null).Entities.Count, Enrich(siteName).Entities.Count);
}
