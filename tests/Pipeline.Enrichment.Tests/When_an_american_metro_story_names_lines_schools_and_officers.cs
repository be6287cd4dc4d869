namespace Pipeline.Enrichment.Tests;

/// <summary>
/// American metro news: "Council Member" and "Officer" stand before names ("Officer Mai" was read as a body); a school named by its
/// grade is a body, not a person ("Lockwood Elementary"); a transit line named by a colour is a place, not the operator; a
/// neighbourhood read as a person ("Fields Corner", "from Roland Park") is a place.
/// </summary>
public sealed class When_an_american_metro_story_names_lines_schools_and_officers
{
    private const string Text = """
        Council Member Marisol Peña-Whitfield said the plan was rushed. Officer Mai Anh Truong fired twice, the report said.

        Students at Lockwood Elementary will move in the fall. Riders on the Green Line faced delays near Fields Corner, and
        residents from Roland Park complained.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Marisol Peña-Whitfield")]
    [InlineData("Mai Anh Truong")]
    public void Should_name_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_name_the_school_a_body() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Lockwood Elementary");

    [Theory]
    [InlineData("Green Line")]
    [InlineData("Fields Corner")]
    [InlineData("Roland Park")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_the_titles_out_of_names() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Council Member", StringComparison.Ordinal) || e.Text.StartsWith("Officer", StringComparison.Ordinal));
}
