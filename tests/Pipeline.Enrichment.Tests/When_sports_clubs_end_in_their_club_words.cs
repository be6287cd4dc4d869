namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Horoya AC", "Valencia CF", "Karşıyaka Spor Kulübü", "Bursaspor Basketbol": a club's name ends in the word for a club in
/// its language, and is an organisation, not a person or the city it is named after. "AC Milan" and "CF Pachuca" open with
/// the same words and stay whole.
/// </summary>
public sealed class When_sports_clubs_end_in_their_club_words
{
    private const string Text = """
        Karşıyaka Spor Kulübü and Bursaspor Basketbol voted against the licensing rule on Saturday.
        Horoya AC will meet Valencia CF in a friendly, and AC Milan signed a striker from CF Pachuca.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Karşıyaka Spor Kulübü")]
    [InlineData("Bursaspor Basketbol")]
    [InlineData("Horoya AC")]
    [InlineData("Valencia CF")]
    [InlineData("AC Milan")]
    [InlineData("CF Pachuca")]
    public void Should_find_the_club_as_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
