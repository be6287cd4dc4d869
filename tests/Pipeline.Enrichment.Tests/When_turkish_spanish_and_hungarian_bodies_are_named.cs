namespace Pipeline.Enrichment.Tests;

/// <summary>
/// English copy keeps the native names of companies and public bodies: Turkish "A.Ş." and "Yatırım" (investment),
/// Spanish "S.L.", "Generalitat" and "Audiencia", Hungarian "Központ" (centre) and "Kft.". The tagger, which has
/// not seen these words, takes such names for people or places.
/// </summary>
public sealed class When_turkish_spanish_and_hungarian_bodies_are_named
{
    private const string Text = """
        Bursa-based Uludağ Tekstil Sanayi ve Ticaret A.Ş. said on Tuesday it would buy a rival, and analysts at Deniz Yatırım called the price fair.

        In Valencia, the Generalitat de Catalunya and the builder Obras Marítimas Ferrer S.L. appeared before the Audiencia Provincial.

        The Budapesti Fejlesztési Központ hired Dunakanyar Mérnöki Kft. to plan the new tram line.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Uludağ Tekstil Sanayi ve Ticaret A.Ş.")]
    [InlineData("Deniz Yatırım")]
    [InlineData("Generalitat de Catalunya")]
    [InlineData("Obras Marítimas Ferrer S.L.")]
    [InlineData("Audiencia Provincial")]
    [InlineData("Budapesti Fejlesztési Központ")]
    [InlineData("Dunakanyar Mérnöki Kft.")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
