namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the visit of President Kassym-Jomart Tokayev to Ulaanbaatar": the tagger ran the person's name on over "to" and the
/// capital after it. A person's name holds no preposition of place, so it ends before it,
/// and the city is a place.
/// </summary>
public sealed class When_a_person_is_tagged_into_the_words_after_the_name
{
    private const string Text = """
        The ministers reviewed the agreements signed during the state visit of President Shavkat Mirziyoyev to Ulaanbaatar last year.

        Talks with Juan Pablo de la Torre continued in Lima.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_end_the_name_before_to() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Shavkat Mirziyoyev");

    [Fact]
    public void Should_name_the_city() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Ulaanbaatar");

    [Fact]
    public void Should_keep_a_particle_inside_a_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Juan Pablo de la Torre");
}
