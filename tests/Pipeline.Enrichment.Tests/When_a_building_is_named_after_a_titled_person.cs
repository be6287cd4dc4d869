namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "King Khalid International Airport", "Queen Elizabeth Hospital": a building named after a king or a queen keeps the
/// title in its name, and is a place, not a person.
/// </summary>
public sealed class When_a_building_is_named_after_a_titled_person
{
    private const string Text = """
        Riyadh Air, backed by the PIF, starts scheduled flights from King Khalid International Airport in Riyadh next year.

        The patients were taken to Queen Elizabeth Hospital in Kowloon.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("King Khalid International Airport")]
    [InlineData("Queen Elizabeth Hospital")]
    public void Should_keep_the_title_in_the_building_s_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type != EntityTypes.Person);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
