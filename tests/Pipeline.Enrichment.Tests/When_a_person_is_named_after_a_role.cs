namespace Pipeline.Enrichment.Tests;

/// <summary>"Hamas official Basem Naim": a name right after a lower-case role word is a person, whatever the tagger guessed.</summary>
public sealed class When_a_person_is_named_after_a_role
{
    private const string Text = """
        Militia official Tarek Bouzid told reporters the convoy had been stopped. Rebel spokesman Idris Kamau Odhiambo said talks would resume.

        The official Saudi Press Agency carried the statement.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tarek Bouzid")]
    [InlineData("Idris Kamau Odhiambo")]
    public void Should_type_the_name_after_the_role_a_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_leave_an_organisation_after_the_adjective_official_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.Contains("Press"));
}
