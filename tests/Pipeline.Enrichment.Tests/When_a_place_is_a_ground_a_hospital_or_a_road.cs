namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A ground named after its sponsor ("AAMI Park", "Optus Oval"), a hospital ("Ninewells Hospital", "Harborview Medical Center"),
/// a road named after a person ("Hal Rogers Parkway"), a country's or a state's numbered road ("U.S. Highway 97", "Kentucky Route
/// 15"), a Scottish estuary ("Firth of Forth") and a city's business district ("the Sydney CBD") are places. The trust that runs a
/// hospital stays an organisation.
/// </summary>
public sealed class When_a_place_is_a_ground_a_hospital_or_a_road
{
    private const string Text = """
        Fans travelled to AAMI Park and to Optus Oval in Carlton, where the match was moved.

        Patients were moved to Ninewells Hospital and to Harborview Medical Center, the Royal Cornwall Hospitals NHS Trust said.

        The crash closed U.S. Highway 97 and Kentucky Route 15, and traffic on the Hal Rogers Parkway was slow.

        The boat sank in the Firth of Forth. He works in the Sydney CBD.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("AAMI Park")]
    [InlineData("Optus Oval")]
    [InlineData("Ninewells Hospital")]
    [InlineData("Harborview Medical Center")]
    [InlineData("U.S. Highway 97")]
    [InlineData("Kentucky Route 15")]
    [InlineData("Hal Rogers Parkway")]
    [InlineData("Firth of Forth")]
    [InlineData("Sydney")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_the_trust_an_organisation() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Royal Cornwall Hospitals NHS Trust");
}
