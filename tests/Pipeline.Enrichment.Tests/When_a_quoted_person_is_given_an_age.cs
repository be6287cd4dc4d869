namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "said Jordan Santiago Vera, 52, a trader from Caracas": two to four capitalised words after "said" or "says" and before an
/// age between commas are a person, even where each word is also a place's name ("Jordan", "Santiago") and the tagger read a place.
/// </summary>
public sealed class When_a_quoted_person_is_given_an_age
{
    private const string Text = """
        The bridge opened to trucks on Monday after nine years of delays.

        "It took too long," said Jordan Santiago Vera, 52, a trader from Caracas.

        "Nobody asked us," said Israel Córdoba Ruiz, 45, a nurse from Cali.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Jordan Santiago Vera")]
    [InlineData("Israel Córdoba Ruiz")]
    public void Should_name_a_person(string person) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == person);

    [Theory]
    [InlineData("Caracas")]
    [InlineData("Cali")]
    public void Should_keep_the_hometown_a_place(string place) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);
}
