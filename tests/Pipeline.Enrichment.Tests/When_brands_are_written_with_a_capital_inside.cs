namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Company names with a capital inside ("IndiGo", "InterGlobe", "AeroSystems"), which the tagger
/// has seldom seen, a directorate whose name holds "General", and a company's short name beside its
/// name with "Technologies"; a surname written with a capital inside stays a person's.
/// </summary>
public sealed class When_brands_are_written_with_a_capital_inside
{
    private const string Airline = """
        InterGlobe Aviation Ltd, which runs IndiGo, said on Wednesday it would fly daily between Mumbai and Nairobi from January. IndiGo already flies to Addis Ababa. The Directorate General of Civil Aviation still has to approve the schedule.
        """;

    private const string Suppliers = """
        Boeing agreed to buy back Spirit AeroSystems for $4.7 billion, the companies said. Huawei Technologies opened a research centre in Shanghai, and Huawei said it would hire 2,000 engineers. Senator Kevin McCarthy said the deal needed a review.
        """;

    private static IReadOnlyList<Entity> Entities(string text) => new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;

    [Theory]
    [InlineData("IndiGo")]
    [InlineData("InterGlobe Aviation Ltd")]
    [InlineData("Directorate General of Civil Aviation")]
    public void Should_find_the_airline_its_owner_and_the_regulator(string name) =>
        Assert.Contains(Entities(Airline), e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_count_every_mention_of_the_brand() =>
        Assert.Equal(2, Assert.Single(Entities(Airline), e => e.Text == "IndiGo").Count);

    [Fact]
    public void Should_end_a_name_with_the_word_that_has_a_capital_inside()
    {
        var entities = Entities(Suppliers);
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == "Spirit AeroSystems");
        Assert.DoesNotContain(entities, e => e.Text is "Spirit" or "AeroSystems");
    }

    [Fact]
    public void Should_group_the_short_name_under_the_name_with_technologies() =>
        Assert.Equal(2, Assert.Single(Entities(Suppliers), e => e.Text.StartsWith("Huawei", StringComparison.Ordinal)).Count);

    [Fact]
    public void Should_leave_a_surname_with_a_capital_inside_to_the_person() =>
        Assert.Contains(Entities(Suppliers), e => e.Type == EntityTypes.Person && e.Text == "Kevin McCarthy");
}
