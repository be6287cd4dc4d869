namespace Pipeline.Enrichment.Tests;

/// <summary>
/// British and Irish news names roads by letter and number ("the A303", "the N7"), Irish counties after their word ("County
/// Kildare", "Co. Louth", which the tagger misses or takes for a company), a member's seat after the office ("TD for Cork East"),
/// and constituencies by a place and a point of the compass ("Cork East").
/// </summary>
public sealed class When_domestic_news_of_Britain_and_Ireland_names_roads_counties_and_seats
{
    private const string Text = """
        Traffic on the A303 and the M5 was stopped near Exeter overnight, and the N7 in County Kildare reopened on Tuesday.

        Crews worked near Naas in County Kildare, while farms in Co Meath and Co. Louth were flooded.

        Mairead Hennelly, Labour Party TD for Cork East, said the figures were shocking.

        The count in Upper Bann was close, and Cork North-Central went the other way.

        The rebels of the M23 took the town, the council said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("A303")]
    [InlineData("M5")]
    [InlineData("N7")]
    [InlineData("County Kildare")]
    [InlineData("Co Meath")]
    [InlineData("Co. Louth")]
    [InlineData("Cork East")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_the_party_before_the_office_apart_from_the_seat()
    {
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Labour Party");
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("TD for", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_make_a_listed_name_a_road() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "M23" && e.Type == EntityTypes.Location);
}
