namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Many places open with a word that is also a given name: "Mae Hong Son", "Kerem Shalom", "Rocky Point". Where the tagger
/// reads one as a place after a word of place ("crossed at", "arrived in", "reached"), it stays a place; a given name and a
/// family name after "to" or "from" are still a person.
/// </summary>
public sealed class When_a_place_opens_with_a_given_name
{
    private const string Text = """
        Aid trucks waited for hours at Kerem Shalom on Tuesday, and the convoy later reached Mae Hong Son. A letter from Daniel Okafor was read out to the council.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kerem Shalom")]
    [InlineData("Mae Hong Son")]
    public void Should_keep_the_place_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_still_find_the_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Daniel Okafor");
}
