namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Abu Dhabi-based lender", "a Hong Kong-listed developer": a listed place of two words whose second is glued to
/// "-based" or "-listed" is that place; its first word alone is no person.
/// </summary>
public sealed class When_a_two_word_place_is_glued_to_a_modifier
{
    private const string Text = """
        The Abu Dhabi-based lender Falcon Crest Bank agreed on Sunday to buy a stake in a Kuala Lumpur-based insurer for $300 million, its second deal this year.

        Shares of the Hong Kong-listed developer rose 4 percent.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Abu Dhabi")]
    [InlineData("Kuala Lumpur")]
    [InlineData("Hong Kong")]
    public void Should_name_the_place(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);

    [Fact]
    public void Should_not_take_the_first_word_for_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Abu" or "Kuala" or "Hong");
}
