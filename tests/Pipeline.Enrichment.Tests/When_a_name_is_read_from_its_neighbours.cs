namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Names that only their neighbours explain: "the Amazon" with its article, or before "basin", is the forest and the river,
/// not the company; "the Office of the United Nations High Commissioner for Refugees" holds an office's title with its field
/// and is one body; "the Islamic Movement in Nigeria" names the country it works in, as a mission does; and "Ratu Isoa
/// Tikoca, the SODELPA leader and a deputy prime minister" is a person whose party is named before his role, not a list of
/// two bodies.
/// </summary>
public sealed class When_a_name_is_read_from_its_neighbours
{
    private const string Text = """
        Deforestation in the Amazon rose by a tenth, and fires spread in the Amazon basin. Aid was delivered with the Office of the United Nations High Commissioner for Refugees and the Islamic Movement in Nigeria.

        Ratu Isoa Tikoca, the SODELPA leader and a deputy prime minister, did not vote.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Amazon", EntityTypes.Location)]
    [InlineData("Office of the United Nations High Commissioner for Refugees", EntityTypes.Organization)]
    [InlineData("Islamic Movement in Nigeria", EntityTypes.Organization)]
    [InlineData("Isoa Tikoca", EntityTypes.Person)]
    [InlineData("SODELPA", EntityTypes.Organization)]
    public void Should_find_the_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_not_cut_the_office_or_retype_the_forest() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Office of the United Nations" or "United Nations" || (e.Text == "Amazon" && e.Type != EntityTypes.Location));
}
