namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "TotalEnergies SE", "Glencore plc": a listed company followed by its legal form, which the tagger leaves out, is named
/// in full, and its bare name later is the same company. "Hong Kong-listed MMG Ltd": the place's adjective before the
/// company is no part of its name.
/// </summary>
public sealed class When_a_company_is_named_with_its_legal_form_after_a_listed_name
{
    private const string Text = """
        Sponsors are watching. TotalEnergies SE, the tournament's title partner, has asked for updated venue plans. TotalEnergies said it expected an answer in March.

        The mine is owned by Hong Kong-listed MMG Ltd, and its partners include Glencore plc, Teck Resources Limited and Mitsubishi Corporation.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("TotalEnergies SE")]
    [InlineData("Glencore plc")]
    [InlineData("MMG Ltd")]
    public void Should_name_the_organisation_in_full(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_group_the_bare_name_under_the_full_one() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "TotalEnergies" or "Glencore" or "Hong Kong-listed MMG Ltd");
}
