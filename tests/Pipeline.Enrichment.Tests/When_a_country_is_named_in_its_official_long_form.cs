namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Joint statements name the parties in their official long forms, spelt as each government spells
/// itself ("Socialist Republic of Viet Nam", "Lao PDR"): the whole form is the country, with its code.
/// </summary>
public sealed class When_a_country_is_named_in_its_official_long_form
{
    private const string Text = """
        VIENTIANE — The Socialist Republic of Viet Nam and the Lao PDR agreed on Friday to finish the border survey by the end of the year. The Kingdom of Cambodia sent an observer.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Socialist Republic of Viet Nam", "VN")]
    [InlineData("Lao PDR", "LA")]
    [InlineData("Kingdom of Cambodia", "KH")]
    public void Should_find_the_whole_long_form_as_the_country(string name, string code) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name && e.CountryCode == code);
}
