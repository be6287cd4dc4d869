namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A match report closes with its scorer, assist and best-player lists, where players go by surname alone ("Goals: Penrith 3,
/// Hollister 2, Bray"; "Best: Carrow, Bray"; "Quill 9 (Tarrant, Wexley)"). Those surnames are people, even where the lists
/// know a town of the same name; an address with numbers is no such list.
/// </summary>
public sealed class When_a_results_page_lists_scorers_by_surname
{
    private const string Text = """
        Kestrel Vale held on for a narrow win at home on Saturday, their fourth in a row, after a late rally from the visitors fell short.

        The home side led at every change and their coach Morgan Adeyemi said the forward line had carried the day. "We kicked straight when it mattered," Adeyemi said.

        Goals: Penrith 3, Hollister 2, Wexley, Dunmore, Carrow.
        Best: Carrow, Bray, Penrith, Odhiambo.

        In the reserves, Quill 4 (Tarrant, Wexley), Ostrowicz 2 (Bray), Lindqvist 1.

        Letters to the club can be sent to Section 18, Allotment 7, Gerehu, near the old depot.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Penrith")]
    [InlineData("Hollister")]
    [InlineData("Dunmore")]
    [InlineData("Carrow")]
    [InlineData("Tarrant")]
    [InlineData("Ostrowicz")]
    public void Should_name_each_listed_surname_as_a_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Penrith")]
    [InlineData("Dunmore")]
    [InlineData("Wexley")]
    public void Should_not_read_a_listed_surname_as_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_read_an_address_as_a_scorer_list() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text is "Gerehu" or "Allotment" or "Section");
}
