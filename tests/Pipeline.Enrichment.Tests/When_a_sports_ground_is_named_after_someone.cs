namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Grounds and arenas are places, whoever they are named after: "Kellaway Reserve", "Harlow Athletic Centre", "Dunmore
/// Memorial Coliseum in Ashby" (the venue ends before "in"); a body's reserve ("the Federal Reserve") stays a body.
/// </summary>
public sealed class When_a_sports_ground_is_named_after_someone
{
    private const string Text = """
        The Lions clinched the minor premiership at Kellaway Reserve on Saturday, and will host the qualifying final there next week.

        The juniors trained at the Harlow Athletic Centre on Tuesday night, while the seniors travel to the Dunmore Memorial Coliseum in Ashby for a pre-season match.

        Ticket prices have risen this year, the club said, blaming the Federal Reserve and higher costs for staff.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kellaway Reserve")]
    [InlineData("Harlow Athletic Centre")]
    [InlineData("Dunmore Memorial Coliseum")]
    public void Should_name_the_ground_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_end_the_ground_before_in() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Coliseum in", StringComparison.Ordinal));

    [Fact]
    public void Should_keep_the_federal_reserve_a_body() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Federal Reserve");
}
