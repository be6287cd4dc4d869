namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A joint statement gives each signatory as an office, the country whose office it is, and the name: "Minister of Agriculture
/// of Ukraine Taras Hnatyshyn-Koval". The country ends the office and is a place; the person's name starts after it.
/// </summary>
public sealed class When_a_joint_statement_names_each_minister_by_office_and_country
{
    private const string Text = """
        The three governments agreed on Friday to widen the river corridor for grain barges.

        The statement was signed by Minister of Economy, Environment and Agriculture of Ukraine Oleksandr Hnatyshyn-Koval, Minister of Transport of Romania Radu-Mihai Constantinescu and Minister of Infrastructure of the Republic of Moldova Vlad Ionescu.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Oleksandr Hnatyshyn-Koval")]
    [InlineData("Radu-Mihai Constantinescu")]
    [InlineData("Vlad Ionescu")]
    public void Should_name_each_minister_without_the_country(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_name_the_country_a_place()
    {
        var ukraine = Assert.Single(Result.Entities, e => e.Text == "Ukraine");
        Assert.Equal((EntityTypes.Location, "UA"), (ukraine.Type, ukraine.CountryCode));
    }

    [Fact]
    public void Should_leave_a_person_whose_given_name_is_a_country_whole() =>
        Assert.Contains(new DocumentEnricher().Enrich(new EnrichmentInput { Text = "The song was written by Jordan Peterson and sung by a choir from Leeds." }).Entities,
            e => e.Type == EntityTypes.Person && e.Text == "Jordan Peterson");
}
