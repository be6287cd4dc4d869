namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Brisbane Broncos", "the Milwaukee Brewers": a team is named by its place and a plural nickname, and is an
/// organisation, not the place. A plural of geography after a place ("the Cayman Islands", "the Golan Heights") and a
/// point of the compass before a plural ("the Western Balkans") stay places.
/// </summary>
public sealed class When_a_team_is_named_by_its_place_and_nickname
{
    private const string Text = """
        The Brisbane Broncos beat the Canberra Raiders 24-12 on Saturday, and the Milwaukee Brewers signed a pitcher.
        The fund is registered in the Cayman Islands. Talks on the Golan Heights and on the Western Balkans went on.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Brisbane Broncos")]
    [InlineData("Milwaukee Brewers")]
    public void Should_name_the_team_as_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Cayman Islands")]
    [InlineData("Golan Heights")]
    [InlineData("Western Balkans")]
    public void Should_keep_places_named_by_a_plural(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Organization);
}
