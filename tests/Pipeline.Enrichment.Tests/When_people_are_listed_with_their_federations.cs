namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Chung Mong-gyu of the Korea Football Association and Mariyam Mohamed of the Football Association of Maldives":
/// a name listed after an organisation is of the organisation's kind when nothing says otherwise, but two words that
/// end in a listed name ("Mohamed") or a family name's ending ("Azizov") are a person.
/// </summary>
public sealed class When_people_are_listed_with_their_federations
{
    private const string Text = """
        Japan Football Association president Tsuneyasu Miyamoto topped the poll with 41 votes, followed by Chung Mong-gyu of the Korea Football Association and Mariyam Mohamed of the Football Association of Maldives, who took the seat reserved for a woman.

        The fourth seat went to Abdusalom Azizov, the Uzbekistan Football Association's first vice-president.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Mariyam Mohamed")]
    [InlineData("Abdusalom Azizov")]
    public void Should_find_the_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Korea Football Association")]
    [InlineData("Football Association of Maldives")]
    [InlineData("Uzbekistan Football Association")]
    public void Should_keep_the_federation_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
