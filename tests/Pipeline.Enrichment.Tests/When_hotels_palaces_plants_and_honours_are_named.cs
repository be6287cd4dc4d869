namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Where ministers meet and where work is done are places: "the Emerald Hotel", "the Hotel Borobudur Indah", "Merdeka Palace",
/// "the Vakhsh Hydropower Plant"; a kind of building is no name ("the Presidential Palace"). Honours written after a name and a comma ("Adamu Bello, OON,",
/// "Chief Ada Okafor, GCON") are no organisations.
/// </summary>
public sealed class When_hotels_palaces_plants_and_honours_are_named
{
    private const string Text = """
        JAKARTA — The two ministers met at the Emerald Hotel on Tuesday, a day after a courtesy call at Merdeka Palace and a dinner at the Hotel Borobudur Indah. Work on the Vakhsh Hydropower Plant resumed in October.

        The message was read by Minister Adamu Bello, OON, on behalf of Chief Ada Okafor, GCON, who could not attend. Reporters were briefed at the Presidential Palace.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Emerald Hotel")]
    [InlineData("Merdeka Palace")]
    [InlineData("Vakhsh Hydropower Plant")]
    [InlineData("Hotel Borobudur Indah")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_take_a_kind_of_building_for_no_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Presidential Palace");

    [Fact]
    public void Should_take_no_honour_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "OON" or "GCON");

    [Fact]
    public void Should_find_the_people() =>
        Assert.Equal(2, Result.Entities.Count(e => e.Type == EntityTypes.Person && e.Text is "Adamu Bello" or "Ada Okafor"));
}
