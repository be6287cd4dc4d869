namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "near Khartoum and Wad Sharifai": a place of two words listed after a found place with "and", whose second word the
/// tagger alone took for a person, is one place; the coordination rule takes in the lone word, and no person is left.
/// </summary>
public sealed class When_a_place_of_two_words_follows_another_place_and_and
{
    private const string Text = """
        Floods

        Farmers along the river near Khartoum and Wad Sharifai needed reliable information before water was released.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_whole_place() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Wad Sharifai");

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
