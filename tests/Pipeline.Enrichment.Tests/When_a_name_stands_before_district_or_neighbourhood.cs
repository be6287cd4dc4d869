namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "clashes in Hays and Al Mansura districts", "shelling hit the Karim Nasser neighbourhood": a place whose first word
/// is also a given name ("Al", "Karim") stays a place when a place's noun follows it, and a neighbourhood's noun makes the name
/// before it a place, as "district" and "town" do.
/// </summary>
public sealed class When_a_name_stands_before_district_or_neighbourhood
{
    private const string Text = """
        About 9,000 people have fled renewed clashes in Zabara and Al Mansura districts since Sunday, the relief agency said.

        Shelling hit the Karim Nasser neighbourhood overnight, and the Omar Yusuf neighbourhoods were left without power.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Al Mansura")]
    [InlineData("Karim Nasser")]
    [InlineData("Omar Yusuf")]
    public void Should_name_the_place(string place)
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == place);
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == place);
    }
}
