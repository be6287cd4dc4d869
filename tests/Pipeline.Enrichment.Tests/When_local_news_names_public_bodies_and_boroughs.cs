namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The public bodies of British and Manx local news ("the Planning Inspectorate", "Natural England", "Tynwald"), the American
/// federal agencies and civic bodies of small-town news ("the Farm Service Agency", "Catholic Charities"), and London's boroughs
/// ("Tower Hamlets", "Hackney"), which the city lists hold as parts of London.
/// </summary>
public sealed class When_local_news_names_public_bodies_and_boroughs
{
    private const string Text = """
        The developer has appealed to the Planning Inspectorate after Natural England objected to the drainage plan.
        Members of Tynwald approved the railway budget on Tuesday.
        Growers can apply to the Farm Service Agency, and Catholic Charities will hand out food boxes at the fairgrounds.
        The two men, from Tower Hamlets and Hackney, were jailed for four years.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Planning Inspectorate")]
    [InlineData("Natural England")]
    [InlineData("Tynwald")]
    [InlineData("Farm Service Agency")]
    [InlineData("Catholic Charities")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Tower Hamlets")]
    [InlineData("Hackney")]
    public void Should_name_the_borough(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name && e.CountryCode == "GB");
}
