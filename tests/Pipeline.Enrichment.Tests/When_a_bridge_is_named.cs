namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A bridge is a place, as a road or a tunnel is: "the Széchenyi Chain Bridge", "the Erzsébet Bridge". The tagger,
/// which has seen few, often calls one an organisation.
/// </summary>
public sealed class When_a_bridge_is_named
{
    private const string Text = """
        Police closed the Széchenyi Chain Bridge and the Erzsébet Bridge to traffic on Saturday as the Danube rose in Budapest.

        Engineers from the Kossuth Lajos Bridge Authority inspected the piers of the Árpád Bridge overnight.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Széchenyi Chain Bridge")]
    [InlineData("Erzsébet Bridge")]
    [InlineData("Árpád Bridge")]
    public void Should_name_the_bridge_a_place(string bridge) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == bridge);
}
