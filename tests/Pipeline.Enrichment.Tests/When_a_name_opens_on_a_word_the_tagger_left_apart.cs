namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Names the tagger cut at a word it read apart: "Strait of Messina" in a list's headline, where it took "Strait" for a place of its
/// own ("» Strait of Messina ferry traffic recovers"); a South Asian given name joined by "ul", "ur" or "ud" ("Zia-ud-Din Afridi")
/// that it left out before the surname.
/// </summary>
public sealed class When_a_name_opens_on_a_word_the_tagger_left_apart
{
    private const string Text = """
        The ministers met in Muscat on Sunday to discuss shipping and insurance in the region.

        Zia-ud-Din Afridi, vice president of the Khyber Traders Association, said traders on both sides had lost money every day.
        Fazal-ur-Rehman Wazir, a transporter, said the queue was ten kilometres long.

        Related
        » Strait of Messina ferry traffic recovers after insurers cut premiums
        » Bay of Biscay storms delay ferries for a second week
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Strait of Messina", EntityTypes.Location)]
    [InlineData("Bay of Biscay", EntityTypes.Location)]
    [InlineData("Zia-ud-Din Afridi", EntityTypes.Person)]
    [InlineData("Fazal-ur-Rehman Wazir", EntityTypes.Person)]
    public void Should_find_the_whole_name(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Theory]
    [InlineData("Strait")]
    [InlineData("Bay")]
    [InlineData("Afridi")]
    [InlineData("Wazir")]
    public void Should_find_no_piece_of_it(string piece) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == piece);
}
