namespace Pipeline.Enrichment.Tests;

public sealed class When_fields_capes_and_pipelines_are_named
{
    private const string Text = """
        Crude from the Rumaila field is shipped through the Basra-Kirkuk-Ceyhan corridor, and a new resort is planned at Ras Sudr on the Red Sea.

        Former lawmaker Obaid al-Wasmi, a prominent opposition figure, said the plan had not been debated.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Rumaila")]
    [InlineData("Basra")]
    [InlineData("Kirkuk")]
    [InlineData("Ceyhan")]
    [InlineData("Ras Sudr")]
    public void Should_find_oil_fields_capes_and_every_place_of_a_hyphenated_route(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_take_a_name_with_the_arabic_article_after_a_role_for_a_person() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Obaid al-Wasmi");
}
