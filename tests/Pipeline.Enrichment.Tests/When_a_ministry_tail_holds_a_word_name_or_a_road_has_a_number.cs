namespace Pipeline.Enrichment.Tests;

/// <summary>
/// In the tail of a ministry's name, a first name that is also an English word ("Land", "Grace")
/// is that word, so "... Water Resources and Land Reclamation" is one name. A road's word and its
/// number ("Highway 97", "Route 66") are a place.
/// </summary>
public sealed class When_a_ministry_tail_holds_a_word_name_or_a_road_has_a_number
{
    private const string Text = """
        BISHKEK — Delegations met at the Tajik Ministry of Energy and Land Reclamation on Thursday to discuss the summer quotas.

        In Canada, officials feared that a wide alert would clog Highway 97, the only major route out of the valley, and closed part of Route 33 overnight.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_keep_the_ministry_name_whole() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Tajik Ministry of Energy and Land Reclamation");

    [Fact]
    public void Should_not_find_a_person_in_the_ministry_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);

    [Theory]
    [InlineData("Highway 97")]
    [InlineData("Route 33")]
    public void Should_read_a_numbered_road_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
