namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Representative Ed Case, a Hawaii Democrat", "the Missouri Republican who chairs the committee": US news names a
/// lawmaker by the party and the state they sit for. The state is a place; the party word is no part of it.
/// </summary>
public sealed class When_a_lawmaker_is_named_by_party_and_state
{
    private const string Text = """
        The bill was approved 49 to 14 after Representative Ed Case, a Hawaii Democrat, and Sam Graves, the Missouri Republican who chairs the committee, agreed to drop the tower closures.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hawaii")]
    [InlineData("Missouri")]
    public void Should_name_the_state_as_a_place_in_the_united_states(string state)
    {
        var place = Assert.Single(Result.Entities, e => e.Text == state);
        Assert.Equal(EntityTypes.Location, place.Type);
        Assert.Equal("US", place.CountryCode);
    }

    [Fact]
    public void Should_leave_the_party_word_out() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.EndsWith("Democrat", StringComparison.Ordinal) || e.Text.EndsWith("Republican", StringComparison.Ordinal));
}
