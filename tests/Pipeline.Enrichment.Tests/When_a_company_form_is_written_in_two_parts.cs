namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Ningbo Harbour Logistics Co., Ltd.", "Halla Zinc Company, Ltd.": East Asian companies write their legal form in two parts with a comma between,
/// and the whole is the company's name, not a company and a stray "Ltd.". An agency whose name ends in "Administration"
/// ("the Danish Maritime Administration") is an organisation too.
/// </summary>
public sealed class When_a_company_form_is_written_in_two_parts
{
    private const string Text = """
        Ningbo Harbour Logistics Co., Ltd. said on Tuesday that it had agreed to buy a stake in the terminal.

        The Danish Maritime Administration has approved the new berth. Investors bought Halla Zinc Company, Ltd. shares after the report.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ningbo Harbour Logistics Co., Ltd.")]
    [InlineData("Danish Maritime Administration")]
    [InlineData("Halla Zinc Company, Ltd.")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_name_the_form_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Ltd." or "Ltd");
}
