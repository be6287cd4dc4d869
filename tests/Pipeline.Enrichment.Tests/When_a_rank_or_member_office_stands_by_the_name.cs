namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "PC Hannah Okafor-Reid", "Spc. Tatewin Runs Above", "Pfc. Dale Hoffmann", "Selectman Gordon Pike": a police constable's, a soldier's
/// and a town officer's rank before the name is no word of it; "Ealish Quayle MHK": nor is a member of the House of Keys' office after it.
/// </summary>
public sealed class When_a_rank_or_member_office_stands_by_the_name
{
    private const string Text = """
        PC Hannah Okafor-Reid and a colleague are carrying out extra patrols near the station.
        Spc. Tatewin Runs Above and Pfc. Dale Hoffmann said goodbye to their families at the armory.
        Selectman Gordon Pike said the board would vote on the hire next week.
        The Minister for Infrastructure, Ealish Quayle MHK, said the line was more than a century old.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hannah Okafor-Reid")]
    [InlineData("Tatewin Runs Above")]
    [InlineData("Dale Hoffmann")]
    [InlineData("Gordon Pike")]
    [InlineData("Ealish Quayle")]
    public void Should_name_the_person_without_the_rank(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
