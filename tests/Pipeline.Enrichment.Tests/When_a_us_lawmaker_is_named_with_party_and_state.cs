namespace Pipeline.Enrichment.Tests;

/// <summary>
/// US wire copy names lawmakers with their party and state ("Sen. Chuck Schumer (D-N.Y.)", "John Thune, R-S.D.") and with
/// congressional titles ("Senate Majority Leader", "House Minority Whip"). The party and state are no one's name, and the
/// title is no part of the person's or an organisation's name.
/// </summary>
public sealed class When_a_us_lawmaker_is_named_with_party_and_state
{
    private const string Text = """
        WASHINGTON — Senate Majority Leader John Thune, R-S.D., said Tuesday that the chamber would vote before Friday, while Sen. Chuck Schumer (D-N.Y.) accused Republicans of stalling. Rep. Marjorie Taylor Greene, R-Ga., and Rep. Ilhan Omar, D-Minn., both criticized the bill.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("John Thune")]
    [InlineData("Chuck Schumer")]
    [InlineData("Marjorie Taylor Greene")]
    [InlineData("Ilhan Omar")]
    public void Should_find_the_lawmaker(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_find_no_party_and_state_or_title_as_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("R-", StringComparison.Ordinal) || e.Text.StartsWith("D-", StringComparison.Ordinal)
            || e.Text.Contains("Majority Leader", StringComparison.Ordinal));
}
