namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Central and Eastern European companies write their legal form after the name, often after a comma and in small letters,
/// and the name itself as a sentence is written: "Tatra banka, a.s.", "Slovenská sporiteľňa, a.s.", "Podunajská pôda, a.s.".
/// The whole is one organisation; the capitalised first word is no place of its own.
/// </summary>
public sealed class When_a_central_european_company_writes_its_legal_form
{
    private const string Text = """
        The loans for the new irrigation scheme were arranged by Tatra banka, a.s. and Slovenská sporiteľňa, a.s., while the land
        itself was leased from Podunajská pôda, a.s. in 2021, the prosecutors said on Monday. The gas is sold by the state supplier
        Bulgargaz EAD and by PGNiG Obrót Detaliczny sp. z o.o. to the customers of MOL Nyrt. in the region, according to the report.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tatra banka, a.s.")]
    [InlineData("Slovenská sporiteľňa, a.s.")]
    [InlineData("Podunajská pôda, a.s.")]
    [InlineData("PGNiG Obrót Detaliczny sp. z o.o.")]
    [InlineData("MOL Nyrt.")]
    public void Should_find_the_company_with_its_legal_form(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_part_of_a_name_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location);
}
