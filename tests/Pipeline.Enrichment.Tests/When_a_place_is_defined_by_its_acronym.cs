namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Kandadji Dam (KDD)", "Korle Bu Teaching Hospital (KBTH)": a place named by a work's or a building's last word
/// ("Dam", "Hospital", "Park") may be defined by an acronym in brackets as a body is. It stays a place, and the acronym's
/// mentions name that place; only a body's name becomes an organisation by its acronym.
/// </summary>
public sealed class When_a_place_is_defined_by_its_acronym
{
    private const string Text = """
        NIAMEY — Niger and Mali agreed on Tuesday to share data on the filling of the Kandadji Dam (KDD), and engineers said the KDD reservoir would reach its full level by 2028.

        In Accra, surgeons at the Korle Bu Teaching Hospital (KBTH) resumed operations after a strike, and KBTH said waiting lists would shrink by June.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kandadji Dam")]
    [InlineData("Korle Bu Teaching Hospital")]
    public void Should_keep_the_place_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_find_no_organisation_for_the_place_or_its_acronym() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization
            && e.Text is "Kandadji Dam" or "Korle Bu Teaching Hospital" or "KDD" or "KBTH");
}
