namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Kachin State" (a listed region and "State") is a place; a band government named "... First
/// Nation" is an organisation; and well-known parties and groups the tagger splits or misses
/// ("Law and Justice", "Friends of the Earth", "Economic Freedom Fighters") are listed.
/// </summary>
public sealed class When_states_first_nations_and_listed_parties_are_named
{
    private const string Text = """
        WARSAW — Law and Justice, the largest opposition party, said on Monday it would challenge the result. Aid groups said convoys had not reached Kachin State for a month.

        In British Columbia, the Tk'emlups First Nation said it had not been consulted. Friends of the Earth and the Economic Freedom Fighters also objected to the plan.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_read_a_listed_region_and_state_as_a_place() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Kachin State");

    [Theory]
    [InlineData("Tk'emlups First Nation")]
    [InlineData("Law and Justice")]
    [InlineData("Friends of the Earth")]
    [InlineData("Economic Freedom Fighters")]
    public void Should_read_the_name_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
