namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A British company's region or island in brackets before its legal form is part of its name ("Hallett Homes (South West) Ltd");
/// a council, trust or police force named by two places joined by "and" is one body ("Redcar and Cleveland Borough Council"),
/// but not after "between" or when the first name is a body of its own (a party named by one word is one); and a dateline in capitals that gives the country and the
/// date before the agency ("WETHERBY, England, Dec 1 (...) -") names its town in ordinary case.
/// </summary>
public sealed class When_a_british_story_names_companies_and_bodies_of_two_places
{
    private const string Text = """
        WETHERBY, England, Dec 1 (Broad Acres Wire) - A housebuilder has appealed against the refusal of 300 homes.
        Hallett Homes (South West) Ltd lodged the appeal after Redcar and Cleveland Borough Council and Devon and Cornwall Police objected.
        Talks between Leeds and Kent County Council failed, and the Home Office and Surrey County Council disagreed.
        On Tuesday the Greens and Essex County Council both backed the bypass.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hallett Homes (South West) Ltd")]
    [InlineData("Redcar and Cleveland Borough Council")]
    [InlineData("Devon and Cornwall Police")]
    [InlineData("Kent County Council")]
    [InlineData("Surrey County Council")]
    [InlineData("Essex County Council")]
    [InlineData("Greens")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Wetherby")]
    [InlineData("Leeds")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
