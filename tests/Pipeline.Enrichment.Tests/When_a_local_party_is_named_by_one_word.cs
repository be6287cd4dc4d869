namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "The Conservatives" opening a sentence, "the Greens and Reform UK councillors", "Labour, which runs the council" and "the Labour
/// MP for Stockton North": a party named by one word is the party, an organisation, wherever it stands in the sentence.
/// </summary>
public sealed class When_a_local_party_is_named_by_one_word
{
    private const string Text = """
        Labour, which runs the council, holds every cabinet seat after the May elections.
        The Conservatives said the bypass would cut journeys by ten minutes.
        Opposition came from the Greens and Reform UK councillors, who called the scheme rushed.
        Priya Chandran, the Labour MP for Stockton North, said she had written to ministers.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Labour")]
    [InlineData("Conservatives")]
    [InlineData("Greens")]
    public void Should_name_the_party(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_read_the_party_as_a_group_of_people() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Nationality && e.Text is "Labour" or "Conservatives");
}
