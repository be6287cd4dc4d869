namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The tagger sometimes ends a place right before the word that makes it a sea, a range or a dam
/// ("the Aral" + "Sea basin"). The word goes with the place, unless a name goes on after it ("the
/// Kariba Dam Authority").
/// </summary>
public sealed class When_the_tagger_stops_before_a_seas_word
{
    private const string Text = """
        TASHKENT — The two envoys also talked about the Central Asia summit declaration, water security in the Aral Sea basin, and the situation on the Korean Peninsula.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_whole_sea() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Aral Sea");

    [Fact]
    public void Should_leave_no_part_of_it_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Aral");
}
