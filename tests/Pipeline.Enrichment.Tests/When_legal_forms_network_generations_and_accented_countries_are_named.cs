namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Dutch, Australian and post-Soviet legal forms ("BV", "Pty", "JSC") end a company's name as "Ltd"
/// does; "5G" is a generation of mobile networks, not an organisation; and "Côte d'Ivoire" with its
/// accent is the country.
/// </summary>
public sealed class When_legal_forms_network_generations_and_accented_countries_are_named
{
    private const string Text = """
        ACCRA — Cocoa smuggled into Côte d'Ivoire fell sharply last season, traders said on Monday.

        Zeeland Logistiek BV, which handles beans at Vlissingen, said volumes rose. Kestrel Minerals Pty and Altyn Trade JSC also reported higher sales. Telecom operators in the region plan to spend more on 5G networks next year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Zeeland Logistiek BV")]
    [InlineData("Kestrel Minerals Pty")]
    [InlineData("Altyn Trade JSC")]
    public void Should_read_a_name_ending_in_a_legal_form_as_a_company(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_take_a_network_generation_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "5G");

    [Fact]
    public void Should_read_the_accented_country_name_as_the_country() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Côte d'Ivoire" && e.CountryCode == "CI");
}
