namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A page that opens with its masthead in capitals ("ANDES COURIER") and a dateline in capitals ("LIMA, May 4 —") may write the
/// same words in capitals again, in a subhead ("WHY LIMA, WHY NOW") or a list's header ("MORE FROM ANDES COURIER"). That is one more
/// mention of the name the masthead and the dateline stand for, written in title case, and no name of its own. A Turkish dateline
/// writes the capital of "i" with its dot ("İZMİR"): the place is written as the lists write it ("Izmir"), not "İzmİr".
/// </summary>
public sealed class When_a_heading_in_capitals_repeats_the_dateline_or_masthead
{
    private const string Page = """
        ANDES COURIER
        News from the Andes, in English

        LIMA, May 4 — Peru and Bolivia agreed on Sunday to reopen two border crossings on Lake Titicaca, the foreign ministry said.

        The ministers met in Lima for three hours. Andes Courier was the only foreign outlet allowed into the room.

        WHY LIMA, WHY NOW

        Officials said the talks had moved to Lima because of protests in La Paz.

        MORE FROM ANDES COURIER
        - Chile opens new port terminal in Arica
        """;

    private const string Turkish = """
        İZMİR - Exporters in İzmir shipped more figs and raisins this season than last, the chamber of commerce said on Monday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });

    [Theory]
    [InlineData("LIMA")]
    [InlineData("ANDES COURIER")]
    public void Should_find_no_name_in_capitals(string capitals) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == capitals);

    [Fact]
    public void Should_count_the_subhead_as_a_mention_of_the_place() =>
        Assert.Equal(4, Result.Entities.Single(e => e.Type == EntityTypes.Location && e.Text == "Lima").Mentions.Count);

    [Fact]
    public void Should_lower_the_dotted_capital_i_of_a_turkish_dateline()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Turkish });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Izmir");
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("İzmİr", StringComparison.Ordinal));
    }
}
