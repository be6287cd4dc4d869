namespace Pipeline.Enrichment.Tests;

/// <summary>
/// British and Irish papers write titles without a full stop ("Det Insp", "Det Sgt", "Rev", "Prof"): the title is no word of the
/// person, and the force or university after "of" stays an organisation ("Det Insp Folasade Adeyemi-Brooks of Greater
/// Manchester Police" was one organisation).
/// </summary>
public sealed class When_british_police_and_clergy_titles_have_no_full_stop
{
    private const string Text = """
        Det Insp Folasade Adeyemi-Brooks of Greater Manchester Police said the driver had not stopped.

        Det Sgt Lindsay Ogundipe of Lancashire Constabulary said the victims were elderly.

        Rev Delroy Whyte led the vigil, and Prof Olusegun Adebanjo-Reid of Queen's University Belfast spoke.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Folasade Adeyemi-Brooks")]
    [InlineData("Lindsay Ogundipe")]
    [InlineData("Delroy Whyte")]
    [InlineData("Olusegun Adebanjo-Reid")]
    public void Should_name_the_person_without_the_title(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Greater Manchester Police")]
    [InlineData("Lancashire Constabulary")]
    [InlineData("Queen's University Belfast")]
    public void Should_keep_the_body_after_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
