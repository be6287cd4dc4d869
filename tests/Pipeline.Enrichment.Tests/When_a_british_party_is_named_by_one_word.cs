namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Labour said", "the Conservatives on the council", "the Greens' spokeswoman": a party named by one word is an organisation. The
/// word is no party in a body's name ("Ministry of Labour and Employment"), before a name ("Labour Minister"), or opening a
/// sentence about something else ("Labour groups said").
/// </summary>
public sealed class When_a_british_party_is_named_by_one_word
{
    private const string Text = """
        Labour said it would table an amendment, while the Conservatives on the council backed the plan and the Greens abstained.

        Labour groups said inspections remained weak, and the Ministry of Labour and Employment opened a case.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Labour")]
    [InlineData("Conservatives")]
    [InlineData("Greens")]
    public void Should_name_the_party_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_name_no_person_for_the_word_opening_a_sentence() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);

    [Fact]
    public void Should_keep_the_ministry_whole() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Ministry of Labour and Employment");
}
