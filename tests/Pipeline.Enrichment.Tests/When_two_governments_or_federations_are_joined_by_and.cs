namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Joint statements name the parties in full, joined by "and the": "the Government of the Republic of North Macedonia and
/// the Government of the Republic of Albania" is two governments, and "the Aga Khan Fund for Economic Development and the
/// Government of Tajikistan" a fund and a government. Two federations are joined by a bare "and" ("Cook Islands Football
/// Association and Football Federation American Samoa"). A body's portfolios stay one name ("Ministry of Trade and Industry").
/// </summary>
public sealed class When_two_governments_or_federations_are_joined_by_and
{
    private const string Text = """
        The Government of the Republic of North Macedonia and the Government of the Republic of Albania signed the protocol, and the Aga Khan Fund for Economic Development and the Government of Tajikistan co-financed the line. The Cook Islands Football Association and Football Federation American Samoa abstained, while the Ministry of Trade and Industry said nothing.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Government of the Republic of North Macedonia")]
    [InlineData("Government of the Republic of Albania")]
    [InlineData("Aga Khan Fund for Economic Development")]
    [InlineData("Government of Tajikistan")]
    [InlineData("Cook Islands Football Association")]
    [InlineData("Football Federation American Samoa")]
    [InlineData("Ministry of Trade and Industry")]
    public void Should_find_each_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_keep_two_bodies_as_one() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.Contains(" and the ", StringComparison.Ordinal));
}
