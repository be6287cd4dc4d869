namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A scraped story's byline line names its reporters: "By" or "Author:" and names joined by "&amp;"
/// or "and". Each is a person; "&amp;" there is not the ampersand of a firm's name, and a lower-case
/// "by" opening the line does not make the name after it an organisation. A line that is not a
/// byline keeps its firm. A reporter's name may be followed by the place the reporter wrote from.
/// </summary>
public sealed class When_a_byline_names_the_reporters
{
    private const string Text = """
        Markets

        Copper miners lift output as prices climb

        By Mateus Cardoso & Wanjiku Njeri Mwangi
        March 3, 2026

        by Yevhenia Hrytsenko-Bondar
        Author: Saltanat Nurbekova
        By Souksavanh Phommachanh in Vientiane and Kanokwan Srisuwan in Bangkok

        Zambian copper output rose 8 percent in February, the Chamber of Mines said, as new shafts at Kansanshi came into production. Auditors at Grant Thornton & Partners reviewed the figures.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Mateus Cardoso")]
    [InlineData("Wanjiku Njeri Mwangi")]
    [InlineData("Yevhenia Hrytsenko-Bondar")]
    [InlineData("Saltanat Nurbekova")]
    [InlineData("Souksavanh Phommachanh")]
    [InlineData("Kanokwan Srisuwan")]
    public void Should_read_each_reporter_as_a_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Vientiane")]
    [InlineData("Bangkok")]
    public void Should_read_where_each_reporter_wrote_from_as_a_place(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);

    [Fact]
    public void Should_not_join_the_reporters_into_a_firm() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" & Wanjiku", StringComparison.Ordinal));
}
