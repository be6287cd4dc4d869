namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Vakhsh River", then "The Vakhsh joins the Panj": a river, a dam or a valley named once in full is named after by
/// its first words, whatever the tagger took them for; it is one place. A name the lists know stays its own place
/// ("the Congo River", then the country "Congo").
/// </summary>
public sealed class When_a_river_is_named_again_by_its_first_word
{
    private const string Text = """
        The dam is a 335-metre embankment on the Vakhsh River, which Tajik leaders call the key to the country's energy independence.

        The Vakhsh joins the Panj near the Afghan border. Barges on the Congo River carried ore, and Congo raised its export duty.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_link_the_short_name_to_the_river() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Vakhsh River" && e.Count == 2);

    [Fact]
    public void Should_find_no_other_entity_for_the_short_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Vakhsh");

    [Fact]
    public void Should_keep_a_listed_country_apart_from_its_river() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Congo");
}
