namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Rep. Gerald DiSanto-Kemp of Montgomery County": after a person and "of", a county or a district is where the person is
/// from, a place, not the body the person works for ("Analyst Lars Jensen of Vespucci Maritime").
/// </summary>
public sealed class When_a_lawmaker_is_of_a_county
{
    private const string Text = """
        Two Republicans, Rep. Gerald DiSanto-Kemp of Montgomery County and Rep. Abigail Pruett of Chester County, voted for the bill.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Montgomery County")]
    [InlineData("Chester County")]
    public void Should_name_the_county_as_a_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
