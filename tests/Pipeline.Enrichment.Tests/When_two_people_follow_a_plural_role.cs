namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "signed by presidents Kadyr Toktomatov and Rustami Nazarzoda": two names joined by "and" after a plural role ("presidents",
/// "ministers", "leaders") are two people, though the tagger read them as one organisation; a body's head word among them keeps
/// the name whole.
/// </summary>
public sealed class When_two_people_follow_a_plural_role
{
    private const string Text = """
        The pact, signed in Dushanbe in May 2024 by presidents Kadyr Toktomatov and Rustami Nazarzoda and later ratified by both parliaments, reopened the rail link.

        The memorandum, signed in Ashgabat by ministers Dovlet Annayev and Bakhodir Saidov and later ratified by both assemblies, opened a new corridor.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kadyr Toktomatov")]
    [InlineData("Rustami Nazarzoda")]
    [InlineData("Dovlet Annayev")]
    [InlineData("Bakhodir Saidov")]
    public void Should_name_each_person(string person) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == person);

    [Fact]
    public void Should_not_join_them_into_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.Contains(" and ", StringComparison.Ordinal));
}
