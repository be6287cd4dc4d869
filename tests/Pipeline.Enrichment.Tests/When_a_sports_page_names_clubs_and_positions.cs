namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Clubs are named by a place and a club word ("Brackley Harriers", "Fenwick Juniors", "Kingsdown Athletic", "Oakham Old Boys",
/// and on a sports page "Exeter City"); a playing position opens a sentence before a name ("Winger Tom Ashby"), and a scorer
/// list puts the score right after the name ("Niall Kearns 0-4"): neither the position nor the score is part of the name.
/// </summary>
public sealed class When_a_sports_page_names_clubs_and_positions
{
    private const string Text = """
        Brackley Harriers 2 Fenwick Juniors 1

        Winger Tom Ashby scored twice as Brackley Harriers came from behind. Flanker Owen Pritchard-Lowe was sent off late on, and Fenwick Juniors could not take advantage.

        Ashby, who joined from Exeter City last summer, said the squad was growing. Kingsdown Athletic host Oakham Old Boys in the next round.

        Scorers: Niall Kearns 0-4, Rory Dunne 1-2, Ashby 2, Pritchard-Lowe 1.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Brackley Harriers")]
    [InlineData("Fenwick Juniors")]
    [InlineData("Exeter City")]
    [InlineData("Kingsdown Athletic")]
    [InlineData("Oakham Old Boys")]
    public void Should_name_the_club_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Tom Ashby")]
    [InlineData("Owen Pritchard-Lowe")]
    [InlineData("Niall Kearns")]
    public void Should_name_the_player_without_position_or_score(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_take_no_position_or_score_into_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Winger", StringComparison.Ordinal) || e.Text.StartsWith("Flanker", StringComparison.Ordinal)
            || e.Text.EndsWith("0-4", StringComparison.Ordinal));
}
