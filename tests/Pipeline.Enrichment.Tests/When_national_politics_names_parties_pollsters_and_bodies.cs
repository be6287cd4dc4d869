namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Political news of the English-speaking countries: Australia's parties by one word ("Labor", "the Nationals");
/// two bodies of one country joined by "and the" ("the Law Society of Ireland and the Bar of Ireland"); a committee named by the
/// fields it oversees ("Senate Energy and Natural Resources Committee"); a clause after a name ("Government Buildings that Fine
/// Gael had leased"); an acronym in the plural ("PCCs"); "England and Wales" as two places; a newspaper named by its place
/// ("Dublin Argus"); and Māori bodies joined by "o" and "ki" ("Te Rūnanga o Toa Rangatira", "Ngāi Te Rangi").
/// </summary>
public sealed class When_national_politics_names_parties_pollsters_and_bodies
{
    private const string Text = """
        Labor and the Nationals traded blame after the budget had failed.

        The Law Society of Ireland and the Bar of Ireland objected, the Dublin Argus reported.

        The Senate Energy and Natural Resources Committee met on Tuesday.

        The ministers met at Government Buildings that Fine Gael had leased. Courts in England and Wales sat late, and PCCs lost their powers.

        Te Rūnanga o Toa Rangatira backed the plan, as did Ngāi Te Rangi.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Labor")]
    [InlineData("Nationals")]
    [InlineData("Law Society of Ireland")]
    [InlineData("Bar of Ireland")]
    [InlineData("Senate Energy and Natural Resources Committee")]
    [InlineData("Fine Gael")]
    [InlineData("Dublin Argus")]
    [InlineData("Te Rūnanga o Toa Rangatira")]
    [InlineData("Ngāi Te Rangi")]
    public void Should_name_the_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("England")]
    [InlineData("Wales")]
    public void Should_name_each_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("PCCs")]
    [InlineData("England and Wales")]
    public void Should_name_no_kind_of_body_and_no_joined_places(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
