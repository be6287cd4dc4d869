namespace Pipeline.Cleaning.Tests;

/// <summary>The datelines of agency and newspaper copy, and openings that only look like one.</summary>
public sealed class When_a_story_opens_with_a_dateline
{
    [Theory]
    [InlineData("MOSCOW — The talks resumed on Monday.", "MOSCOW")]
    [InlineData("LONDON, Nov 6 - The Bank of England kept rates on hold.", "LONDON")]
    [InlineData("COPENHAGEN, March 4 (Wire) - The shipping group agreed a deal.", "COPENHAGEN")]
    [InlineData("PARIS (AFP) — Ministers met.", "PARIS")]
    [InlineData("Berlin (dpa) - The coalition agreed.", "Berlin")]
    [InlineData("Angela Merkel - a portrait of the chancellor.", null)]
    [InlineData("The port reopened - and trade resumed.", null)]
    public void Should_find_the_place_and_only_a_place(string paragraph, string? place) =>
        Assert.Equal(place, Dateline.Find(paragraph));
}
