namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Words news writes with a capital that name no one: a faith or a doctrine ("converted to Islam",
/// "Hinduism and Buddhism"), a programme or a prize named after a person ("the Graham Norton Show"),
/// the people of a place ("San Franciscans", "New Yorkers"), and a generational suffix after a comma
/// ("Martin Luther King, Jr."), which belongs to the name before it and is no organisation.
/// </summary>
public sealed class When_faiths_shows_and_townspeople_look_like_names
{
    private const string Text = """
        City marks anniversary of civil rights march

        Crowds gathered on Saturday beside the memorial to Martin Luther King, Jr. in the old harbour district, where the mayor, Denise Okafor, laid a wreath. Her predecessor, Walter Brennan, Jr., read a poem.

        The neighbourhood has changed since the march. Many of its first families were Baptists; some later converted to Islam, and the district now has temples where Hinduism and Buddhism are practised. A local historian said Marxism had a following among dock workers in the 1930s.

        San Franciscans and New Yorkers came for the day, and Okafor said Londoners had sent a delegation. The comedian Priya Shah, who appeared on the Graham Norton Show last year, hosted the evening concert.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_find_only_the_people_as_persons() =>
        Assert.Equal(
            ["Denise Okafor", "Martin Luther King, Jr.", "Priya Shah", "Walter Brennan, Jr."],
            Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_name_no_faith_doctrine_show_or_suffix() =>
        Assert.DoesNotContain(Entities, e => e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location
            && (e.Text.Contains("ism", StringComparison.Ordinal) || e.Text is "Islam" or "Jr." || e.Text.Contains("Show", StringComparison.Ordinal)));

    [Fact]
    public void Should_read_the_people_of_a_place_as_a_group() =>
        Assert.Equal(
            [("Londoners", EntityTypes.Nationality), ("San Franciscans", EntityTypes.Nationality)],
            Entities.Where(e => e.Text is "San Franciscans" or "New Yorkers" or "Londoners").Select(e => (e.Text, e.Type)).Order());

    [Fact]
    public void Should_not_read_a_surname_as_the_people_of_a_place()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Senate vote\n\nSenator Bernie Sanders spoke against the bill on Tuesday. Sanders said the cuts would hurt rural hospitals, and Senator Chris Evans agreed. Evans called for a new vote.",
        }).Entities;
        Assert.Equal(["Bernie Sanders", "Chris Evans"], entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));
    }
}
