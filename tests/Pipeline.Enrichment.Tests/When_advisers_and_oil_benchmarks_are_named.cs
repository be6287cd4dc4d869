namespace Pipeline.Enrichment.Tests;

public sealed class When_advisers_and_oil_benchmarks_are_named
{
    private const string Text = """
        Finance Minister Rafeh al-Issawi and National Security Adviser Hamid al-Shatri met the delegation in Baghdad on Monday.

        Brent crude fell 2% on Tuesday, and Haitham al-Jubouri, the head of the parliamentary finance committee, said the budget would be revised.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Rafeh al-Issawi")]
    [InlineData("Hamid al-Shatri")]
    [InlineData("Haitham al-Jubouri")]
    public void Should_find_the_people_without_their_titles(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_take_neither_the_advisers_title_nor_the_oil_benchmark_for_a_name()
    {
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Adviser", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Brent");
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization);
    }
}
