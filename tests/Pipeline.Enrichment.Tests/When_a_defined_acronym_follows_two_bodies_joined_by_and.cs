namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "talks between Indonesia and the International Energy Agency (IEA)": the capitals from "Indonesia" on spell the
/// acronym too (its "I", then the body's, the one word skipped), but a name found on its own and then "and" is a second
/// party, not the start of the body the brackets define. The body is only the words after "and the", and the name before
/// "and" keeps its own type ("the European Commission and the European Bank for Reconstruction and Development (EBRD)").
/// </summary>
public sealed class When_a_defined_acronym_follows_two_bodies_joined_by_and
{
    private const string Text = """
        VIENNA — Technical talks between Indonesia and the International Energy Agency (IEA) will open in Paris next week. Officials said the IEA would send three experts to Jakarta.

        The loan was arranged by the European Commission and the European Bank for Reconstruction and Development (EBRD), and the EBRD will take half of the risk.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("International Energy Agency", EntityTypes.Organization)]
    [InlineData("European Bank for Reconstruction and Development", EntityTypes.Organization)]
    [InlineData("European Commission", EntityTypes.Organization)]
    [InlineData("Indonesia", EntityTypes.Location)]
    public void Should_find_each_party_apart(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_not_join_the_two_parties_into_one_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" and the "));
}
