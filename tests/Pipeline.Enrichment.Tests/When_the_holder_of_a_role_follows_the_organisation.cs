namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "The head of the Somali Football Federation, Abdiqani Warsame, sent congratulations": the name set off by commas after
/// "of the" and an organisation holds the role; it is not the next organisation of a list ("Grupo Bimbo, Cemex and ...").
/// </summary>
public sealed class When_the_holder_of_a_role_follows_the_organisation
{
    private const string Text = """
        The president of the Djibouti Athletics Federation, Hassanein Robleh Gouled, also sent congratulations to the new board in Addis Ababa.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_holder_a_person() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Hassanein Robleh Gouled");

    [Fact]
    public void Should_keep_the_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Djibouti Athletics Federation");
}
