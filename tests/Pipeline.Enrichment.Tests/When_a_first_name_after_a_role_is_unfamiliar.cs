namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "council member Torunn Marit Eide", "Deputy Mayor Jhong Ferdinand Alcantara": the tagger found the person but left out
/// a first name it did not know. Right after a role or a title, a capitalised word that no list knows as anything but
/// a person's name, and that is no English word, opens the person's name.
/// </summary>
public sealed class When_a_first_name_after_a_role_is_unfamiliar
{
    private const string Text = """
        The proposal was tabled by council member Torunn Marit Eide, who chairs the planning committee.

        Deputy Mayor Jhong Ferdinand Alcantara said the market would reopen next week.

        Former Test captain Misbahul Haq Niazi called for calm.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Torunn Marit Eide")]
    [InlineData("Jhong Ferdinand Alcantara")]
    [InlineData("Misbahul Haq Niazi")]
    public void Should_name_the_whole_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
