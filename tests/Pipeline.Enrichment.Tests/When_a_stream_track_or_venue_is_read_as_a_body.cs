namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Regional news names streams, ranges, tracks and venues that a tagger trained on bodies reads as organisations ("beside
/// the Karamu Stream", "the ILT Velodrome", "across from the Rio Grande Theatre"), and runs a
/// track's name on into the places it joins ("the Abel Tasman Coast Track between Marahau and Anchorage"): all are places,
/// and the track ends before "between".
/// </summary>
public sealed class When_a_stream_track_or_venue_is_read_as_a_body
{
    private const string Text = """
        The Department of Conservation says the Abel Tasman Coast Track between Marahau and Anchorage will be closed for four days from 19 April for bridge repairs.

        Havea-Prendergast, whose family has grown apples beside the Karamu Stream for two generations, said he would stay.

        The ILT Velodrome will host the national track championships in February. A bookstore across from the Rio Grande Theatre closed on Friday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Abel Tasman Coast Track")]
    [InlineData("Marahau")]
    [InlineData("Karamu Stream")]
    [InlineData("ILT Velodrome")]
    [InlineData("Rio Grande Theatre")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_run_no_name_on_over_between() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" between ", StringComparison.Ordinal));
}
