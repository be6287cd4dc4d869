namespace Pipeline.Enrichment.Tests;

/// <summary>
/// An official text names the country in its letterhead or first sentence by its official form
/// ("Federal Republic of Nigeria", "Kingdom of Morocco") and later by its short name. It is one place, named as the text introduced it, with its
/// code; a country named only by its short name keeps that name.
/// </summary>
public sealed class When_a_country_is_named_by_its_official_form_and_its_short_name
{
    private const string Text = """
        Federal Republic of Nigeria
        Ministry of Foreign Affairs

        The Federal Republic of Nigeria and the Kingdom of Morocco agreed on Monday to finish the design of the gas pipeline. Nigeria will host the next round, and Morocco will chair the technical committee. Ghana sent an observer.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Federal Republic of Nigeria", "NG")]
    [InlineData("Kingdom of Morocco", "MA")]
    [InlineData("Ghana", "GH")]
    public void Should_name_the_country_as_the_text_introduced_it(string name, string code) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.CountryCode == code && e.Text == name);

    [Fact]
    public void Should_keep_each_country_one_entity_with_all_its_mentions() =>
        Assert.Equal(3, Result.Entities.Single(e => e.CountryCode == "NG" && e.Type == EntityTypes.Location).Count);
}
