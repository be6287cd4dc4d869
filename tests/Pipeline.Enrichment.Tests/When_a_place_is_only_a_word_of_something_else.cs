namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A place's name inside something else is no place the text speaks of: a hyphenated pair inside an organisation's name
/// ("Tanzania-Zambia Railway Authority"), a country before its currency ("168 million US dollars"), and a people's name
/// before a modifier ("a Saudi-backed group"). A pair that stands alone ("the Kirkuk-Ceyhan pipeline") still names its places.
/// </summary>
public sealed class When_a_place_is_only_a_word_of_something_else
{
    private const string Text = """
        The Kazakhstan-Korea Intergovernmental Committee met in Astana, and the Tanzania-Zambia Railway Authority sent a delegation.
        The depot cost 168 million US dollars. A Saudi-backed group bid for the league. Flows through the Kirkuk-Ceyhan pipeline resumed.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kazakhstan-Korea Intergovernmental Committee")]
    [InlineData("Tanzania-Zambia Railway Authority")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Korea")]
    [InlineData("Tanzania")]
    [InlineData("Zambia")]
    [InlineData("US")]
    [InlineData("Saudi")]
    public void Should_take_no_word_of_it_for_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Mentions.Any(m => m.Text == name));

    [Theory]
    [InlineData("Kirkuk")]
    [InlineData("Ceyhan")]
    [InlineData("Astana")]
    public void Should_still_name_places_that_stand_alone(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
