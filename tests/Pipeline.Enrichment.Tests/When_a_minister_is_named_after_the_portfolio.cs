namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Tajikistan's Minister of Energy and Water Resources, Daler Juma, said": a title and its portfolio are no
/// organisation, though "Resources" heads names of bodies, and the name after them is a person's. "Nippon Yusen
/// Kabushiki Kaisha": the Japanese legal form ends a company's name as "Co., Ltd." does.
/// </summary>
public sealed class When_a_minister_is_named_after_the_portfolio
{
    private const string Text = """
        Tajikistan's Minister of Energy and Water Resources, Daler Juma, told reporters that the dam would fill slowly.

        Nippon Yusen Kabushiki Kaisha and the Conseil de la Concurrence were named.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_find_the_minister() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Daler Juma");

    [Fact]
    public void Should_take_no_title_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text.Contains("Minister", StringComparison.Ordinal));

    [Fact]
    public void Should_end_the_company_at_its_legal_form() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Nippon Yusen Kabushiki Kaisha");
}
