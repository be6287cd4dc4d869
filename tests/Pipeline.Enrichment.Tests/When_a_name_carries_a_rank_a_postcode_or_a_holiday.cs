namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A barrister's rank after the name ("Jane Whitfield KC", "Cathal Ó Súilleabháin SC") is no word of it, and the name is a
/// person's; a club's "SC" stays ("Al Ahly SC"). The town before a British postcode is a place ("Preston PR1 2PD", which the
/// tagger reads as a person). A holiday named with its "Day" or "Eve" names no place ("Christmas Eve", "Australia Day").
/// </summary>
public sealed class When_a_name_carries_a_rank_a_postcode_or_a_holiday
{
    private const string Text = """
        The court heard from Jane Whitfield KC, for the family, and from Cathal Ó Súilleabháin SC, for the residents.

        The club Al Ahly SC won again on Friday.

        Write to the court office at 15 Lancaster Road, Preston PR1 2PD.

        Travellers were stranded at Dover on Christmas Eve, and the fireworks on Australia Day were cancelled.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Jane Whitfield")]
    [InlineData("Cathal Ó Súilleabháin")]
    public void Should_name_the_person_without_the_rank(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_keep_a_club_named_with_SC() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.StartsWith("Al Ahly", StringComparison.Ordinal));

    [Fact]
    public void Should_name_the_town_before_a_postcode_a_place()
    {
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Preston");
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("2PD", StringComparison.Ordinal) || e.Text.Contains("PR1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Christmas Eve")]
    [InlineData("Australia")]
    public void Should_name_no_holiday(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
