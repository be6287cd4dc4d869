namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Strait of Malacca", "the Port of Singapore": a geographic word and "of" open the place's name, though the tagger
/// may take only the place after "of" ("Port of Rotterdam Authority", with a name going on, is the authority's).
/// "Jalan M.H. Thamrin": the Malay and Indonesian word for a road opens a street named after a person.
/// </summary>
public sealed class When_a_place_is_named_by_a_strait_a_port_or_a_road
{
    private const string Text = """
        Ships using the Strait of Malacca and the Strait of Johor paid more, the Port of Singapore said.

        The central bank's office is on Jalan M.H. Thamrin in Jakarta.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Strait of Malacca")]
    [InlineData("Strait of Johor")]
    [InlineData("Jalan M.H. Thamrin")]
    public void Should_name_the_whole_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
