namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The domestic news of the English-speaking countries names its public bodies, parties and unions by names the tagger
/// reads as places or as nothing ("the Scottish Government", "NHS England", "An Bord Pleanála", "Transport Scotland"); the
/// organisation lists hold them.
/// </summary>
public sealed class When_domestic_public_bodies_are_named
{
    private const string Text = """
        The ferry operator, under contract to the Scottish Government, said Transport Scotland had approved the timetable.
        NHS England said waiting lists had grown, and the RMT called a strike. In Dublin, An Bord Pleanála granted permission
        for the data centre, which An Taisce opposed. The ACCC cleared the takeover on Thursday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Scottish Government")]
    [InlineData("Transport Scotland")]
    [InlineData("NHS England")]
    [InlineData("RMT")]
    [InlineData("An Bord Pleanála")]
    [InlineData("An Taisce")]
    [InlineData("ACCC")]
    public void Should_name_the_body_as_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
