namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Vaal and Sterkfontein dams", "the El Cajón aqueduct": a lower-case word for a kind of place after a name makes it
/// a place, and a plural one ("dams", "mines") makes each name of the list before it a place, though a Spanish article
/// at a name's start makes the tagger read an organisation ("El Financiero").
/// </summary>
public sealed class When_a_plural_place_noun_follows_a_list_of_names
{
    private const string Text = """
        Levels at the Las Tórtolas and Piedra Azul dams fell below a third of capacity in October, the water board said.

        Engineers said the Los Olivos aqueduct would be repaired before the dry season.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Las Tórtolas")]
    [InlineData("Piedra Azul")]
    [InlineData("Los Olivos")]
    public void Should_name_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
