namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Mainstream wire copy: a dateline whose agency takes several words ("WASHINGTON, Oct 28 (Capital Wire Service) —") is a
/// dateline, the place named in title case; a city before "Fed" is a Federal Reserve bank ("the Cleveland Fed", "New York
/// Fed economists"); deal advisers are law firms named after their partners, with commas and a last "&amp;" ("Skadden, Arps,
/// Slate, Meagher &amp; Flom LLP", "Wachtell, Lipton, Rosen &amp; Katz"); Germany's parties are organisations ("the SPD",
/// "Alternative for Germany"); a boulevard is a place ("Boulevard Léopold III").
/// </summary>
public sealed class When_a_markets_wire_names_fed_banks_and_law_firms
{
    private const string Text = """
        WASHINGTON, Oct 28 (Capital Wire Service) — The Federal Reserve cut its rate on Tuesday. Cleveland Fed President Ruth Kessler dissented, and New York Fed economists said more cuts could follow.

        The buyer was advised by Skadden, Arps, Slate, Meagher & Flom LLP and the seller by Wachtell, Lipton, Rosen & Katz. In Berlin, the SPD and Alternative for Germany traded blame, and protesters marched on Boulevard Léopold III in Brussels.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Washington", EntityTypes.Location)]
    [InlineData("Capital Wire Service", EntityTypes.Organization)]
    [InlineData("Cleveland Fed", EntityTypes.Organization)]
    [InlineData("New York Fed", EntityTypes.Organization)]
    [InlineData("Skadden, Arps, Slate, Meagher & Flom LLP", EntityTypes.Organization)]
    [InlineData("Wachtell, Lipton, Rosen & Katz", EntityTypes.Organization)]
    [InlineData("SPD", EntityTypes.Organization)]
    [InlineData("Alternative for Germany", EntityTypes.Organization)]
    [InlineData("Boulevard Léopold III", EntityTypes.Location)]
    public void Should_find_the_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_find_no_piece_of_them() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "WASHINGTON" or "Cleveland" or "Skadden" or "Arps" or "Wachtell" or "Lipton" or "Germany");
}
