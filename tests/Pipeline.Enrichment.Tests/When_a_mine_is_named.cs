namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Nussir copper mine", "the Kiruna iron mine": a mine is a place, and what it digs may stand between its name and
/// "mine". The tagger, seeing an unknown word before "copper", calls it an organisation.
/// </summary>
public sealed class When_a_mine_is_named
{
    private const string Text = """
        The ministry upheld the licence for the Gruvberget copper mine in Norrbotten on Friday, and inspectors will visit the Tjårrojåkka iron mine next month.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Gruvberget")]
    [InlineData("Tjårrojåkka")]
    public void Should_name_the_mine_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
