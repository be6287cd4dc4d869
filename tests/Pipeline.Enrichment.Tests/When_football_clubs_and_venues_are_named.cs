namespace Pipeline.Enrichment.Tests;

/// <summary>Clubs named after their city are organisations; the grounds they play at are places.</summary>
public sealed class When_football_clubs_and_venues_are_named
{
    private const string Text = """
        Bayern Munich drew 1-1 with Paris Saint-Germain at the Allianz Arena, and Atletico Madrid lost at home to Newcastle United.

        Manchester United will face Aston Villa at Old Trafford Stadium on Sunday, while Arsenal travel to Villa Park. Fans flew in through Stansted Airport.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Bayern Munich")]
    [InlineData("Paris Saint-Germain")]
    [InlineData("Atletico Madrid")]
    [InlineData("Newcastle United")]
    [InlineData("Manchester United")]
    [InlineData("Aston Villa")]
    [InlineData("Arsenal")]
    public void Should_type_a_club_named_after_its_city_an_organisation(string club) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == club);

    [Theory]
    [InlineData("Old Trafford Stadium")]
    [InlineData("Stansted Airport")]
    public void Should_type_a_stadium_or_an_airport_a_place(string venue) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == venue);
}
