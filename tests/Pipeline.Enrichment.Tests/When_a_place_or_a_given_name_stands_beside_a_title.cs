namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news: a county before an official's title ("Harlow County Commissioner Dana Petrakis", and
/// "Lucas County Commissioner Pete Gerber" tagged as one person), the street a detour runs along, a
/// tunnel (both start with words listed as first names), and "Syed" opening a name after a lower-case title.
/// </summary>
public sealed class When_a_place_or_a_given_name_stands_beside_a_title
{
    private const string Text = """
        Water main break closes road

        Buses on Route 4 are being detoured along Monroe Street while crews work. Harlow County Commissioner Dana Petrakis said repairs would take two days.

        The utility's chief executive Syed Tariq Hameed told the council that lorries would use the Port Tunnel instead.

        Lucas County Commissioner Pete Gerber said the count was under way.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Theory]
    [InlineData("Monroe Street")]
    [InlineData("Harlow County")]
    [InlineData("Lucas County")]
    [InlineData("Port Tunnel")]
    public void Should_read_the_place_as_a_place(string name) =>
        Assert.Single(Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_read_the_people_whole_and_nothing_else_as_a_person()
    {
        Assert.Equal(["Dana Petrakis", "Pete Gerber", "Syed Tariq Hameed"], Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_read_a_listed_place_and_state_after_it_as_the_state()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Court case\n\nThe agency charged a former council chairman in Lagos State, Hon. Kunle Adebayo-Cole, on Monday." }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Location && e.Text == "Lagos State");
        Assert.DoesNotContain(entities, e => e.Text == "Lagos");
    }
}
