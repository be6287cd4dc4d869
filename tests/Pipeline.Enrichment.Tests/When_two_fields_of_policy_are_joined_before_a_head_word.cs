namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Provincial Environment and Natural Resources Office", "the Honesty and Justice Commission": two fields of
/// public policy joined by "and" before an institution's head word are the remit of one body, not two names, though
/// the tagger read a name on each side of "and" and the side after it ends in a head word.
/// </summary>
public sealed class When_two_fields_of_policy_are_joined_before_a_head_word
{
    private const string Text = """
        Inspectors from the Batangas Provincial Environment and Natural Resources Office sealed the plant on Monday.

        The complaint went to the party's Honesty and Justice Commission, which meets next month.

        A dismissed clerk took her case to the Employment and Labour Relations Court in Mombasa.

        The bank sold its stake to Whitehaven Coal and New Hope Corp last year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Batangas Provincial Environment and Natural Resources Office")]
    [InlineData("Honesty and Justice Commission")]
    [InlineData("Employment and Labour Relations Court")]
    public void Should_name_one_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Natural Resources Office")]
    [InlineData("Justice Commission")]
    [InlineData("Labour Relations Court")]
    public void Should_not_name_the_right_side_alone(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_still_split_two_companies() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "New Hope Corp");
}
