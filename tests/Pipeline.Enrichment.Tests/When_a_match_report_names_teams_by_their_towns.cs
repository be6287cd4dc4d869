namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Country sport names its clubs by their towns: "Cobram 12.9 (81) def Rochester 10.7 (67)", "Ballyhale 2-15 Thomastown 1-12",
/// "Premier reserve: Heathcote 31, Elmore 17", "Cobram: Voss 3, ...". There the town is the team,
/// an organisation. A bid that "beats" another
/// city, with no score near, is no match.
/// </summary>
public sealed class When_a_match_report_names_teams_by_their_towns
{
    private const string Text = """
        Cobram 12.9 (81) def Rochester 10.7 (67)

        Cobram broke a long drought on Saturday, holding off Rochester by 14 points in front of a big crowd. The town will hold a parade in Cobram on Sunday morning.

        In the hurling, Ballyhale 2-15 Thomastown 1-12 at the county grounds.

        Premier reserve: Heathcote 31, Elmore 17

        Scorers: Cobram: Voss 3, Hallett 2, Okafor. Rochester: Lindgren 2, Marsh.

        Separately, Ballarat beats Bendigo to host the state conference next year, the organisers said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Cobram")]
    [InlineData("Rochester")]
    [InlineData("Thomastown")]
    [InlineData("Heathcote")]
    [InlineData("Elmore")]
    public void Should_name_the_town_as_its_team(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Rochester")]
    [InlineData("Thomastown")]
    [InlineData("Elmore")]
    public void Should_not_keep_a_town_used_only_as_a_team_as_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Ballarat")]
    [InlineData("Bendigo")]
    public void Should_not_make_a_team_of_a_city_that_wins_a_bid(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
