namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "and" between two company names that each end in their own head word ("Harbour Gas and Crescent
/// Petroleum") joins two companies. A long body whose words before "and" end in no head word
/// ("Korea Mine Rehabilitation and Mineral Resources Corporation", "African Union Support and
/// Stabilization Mission") is one name.
/// </summary>
public sealed class When_two_companies_or_one_long_body_hold_and
{
    private const string Text = """
        ERBIL — The gas field is run by Harbour Gas and Crescent Petroleum, which signed the expansion deal on Sunday. Northern Coal and Ridgeway Mining Corp will build the power line.

        The survey will be paid for by the Korea Mine Rehabilitation and Mineral Resources Corporation, and the port will be guarded by the African Union Support and Stabilization Mission.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Harbour Gas")]
    [InlineData("Crescent Petroleum")]
    [InlineData("Northern Coal")]
    [InlineData("Ridgeway Mining Corp")]
    [InlineData("Korea Mine Rehabilitation and Mineral Resources Corporation")]
    [InlineData("African Union Support and Stabilization Mission")]
    public void Should_find_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
