namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Ratu Filimoni Vosarogo Nailatikau": the Fijian chiefly title is no part of the name. "under the GDPR", "FCFA 4.1
/// billion": a law and a currency written in capitals are no organisation.
/// </summary>
public sealed class When_a_fijian_chief_or_a_law_is_named
{
    private const string Text = """
        Ratu Filimoni Vosarogo Nailatikau spoke for Fiji at the summit, while in Cotonou the regulator said the fine of FCFA 4.1 billion was lawful and that the operators had also breached the GDPR when they shared customer data.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_chief_without_the_title() =>
        Assert.Contains(Result.Entities, e => e.Text == "Filimoni Vosarogo Nailatikau" && e.Type == EntityTypes.Person);

    [Theory]
    [InlineData("GDPR")]
    [InlineData("FCFA")]
    public void Should_not_take_the_capitals_for_an_organisation(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == word && e.Type == EntityTypes.Organization);
}
