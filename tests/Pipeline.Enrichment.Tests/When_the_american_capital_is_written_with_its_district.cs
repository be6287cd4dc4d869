namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Washington, D.C.": the capital of the United States is written with its district after a comma, in addresses and in
/// prose; the two are one place's name, not a town and its state.
/// </summary>
public sealed class When_the_american_capital_is_written_with_its_district
{
    private const string Text = """
        The trade delegation flew on to Washington, D.C., for two days of talks with lenders.
        Northgate Advisory, 2100 K Street NW, Washington, D.C. 20037 | Privacy | Contact
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_capital_as_one_place() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Washington, D.C.");

    [Theory]
    [InlineData("Washington")]
    [InlineData("D.C.")]
    public void Should_not_name_its_parts_alone(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_make_the_long_form_a_mention_of_the_bare_name_the_text_uses()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = """
            Lenders in Washington have been cautious this year.
            Capitol Ridge Partners, 900 F Street NW, Washington, D.C. 20004 | Contact
            """ });
        Assert.Equal(2, Assert.Single(result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Washington").Mentions.Count);
        Assert.DoesNotContain(result.Entities, e => e.Text == "Washington, D.C.");
    }
}
