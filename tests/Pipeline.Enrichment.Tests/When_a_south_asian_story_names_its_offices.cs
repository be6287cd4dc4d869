namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Vidhan Sabha", "Raj Bhavan": an Indian state's assembly and its governor's office are bodies (the tagger read them as people);
/// "Cox's Bazar" is a town; "Department of Disaster Management Md. Kamal Hossain": the abbreviated Muhammad opens the holder's name,
/// no word of the department's; "Mayor of Ibadan Kola Adeyemi", read as one person, is the town and the mayor; "Harsha Lakmal
/// Abeykoon PC" is the lawyer without his rank; "the American Red Cross" is one body.
/// </summary>
public sealed class When_a_south_asian_story_names_its_offices
{
    private const string Text = """
        The Vidhan Sabha passed the bill on Tuesday and the Raj Bhavan returned it a week later.

        Director General of the Department of Disaster Management Md. Kamal Hossain said camps near Cox's Bazar were flooded.

        Mayor of Ibadan Kola Adeyemi spoke at the launch. The American Red Cross opened a shelter.

        Harsha Lakmal Abeykoon PC appeared for the accused.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Vidhan Sabha")]
    [InlineData("Raj Bhavan")]
    [InlineData("Department of Disaster Management")]
    [InlineData("American Red Cross")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Md. Kamal Hossain")]
    [InlineData("Kola Adeyemi")]
    [InlineData("Harsha Lakmal Abeykoon")]
    public void Should_name_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Cox's Bazar")]
    [InlineData("Ibadan")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
