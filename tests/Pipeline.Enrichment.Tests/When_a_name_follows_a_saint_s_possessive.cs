namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "St Michael's Hospital", "Saint Mary's University", "St. Peter's Basilica", "St Mary's": a name after a saint's possessive is one
/// name with it (the tagger cut it at the "'s"); a university is an organisation, a hospital, a church or the saint's name alone a
/// place. Waters, uplands and towns named by "Springs" are places too ("Edwards Aquifer", "Saddleworth Moor", "Dripping Springs").
/// </summary>
public sealed class When_a_name_follows_a_saint_s_possessive
{
    private const string Text = """
        Patients were moved to St Michael's Hospital in Hayle and flown from St Mary's on the Isles of Scilly.

        Students at Saint Mary's University marched to St. Peter's Basilica. Dripping Springs and Saddleworth Moor were flooded, and the Edwards Aquifer fell.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("St Michael's Hospital")]
    [InlineData("St Mary's")]
    [InlineData("St. Peter's Basilica")]
    [InlineData("Isles of Scilly")]
    [InlineData("Dripping Springs")]
    [InlineData("Saddleworth Moor")]
    [InlineData("Edwards Aquifer")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_university_an_organisation() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Saint Mary's University");
}
