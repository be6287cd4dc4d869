namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Filings and business stories write a company's registered name with its legal form after a comma: "Kestrel Freight,
/// Inc.", "Banco Andino de Fomento, S.A.", "Grupo Mareva, S.A.B. de C.V.". The legal form is part of the name, whatever
/// the words before the comma were taken for, and it is no company of its own; the short name later is the same company.
/// </summary>
public sealed class When_a_legal_form_follows_a_comma
{
    private const string Text = """
        The lenders are Tamarind Bank, Ltd. and Banco Andino de Fomento, S.A., the filing said. Regulators also named Kestrel Freight, Inc. and Grupo Mareva, S.A.B. de C.V. as parties, and Osprey Logistik, GmbH as a witness.

        Tamarind Bank declined to comment. Yesterday Halvorsen Shipping, Inc. said it would appeal.

        The newsletter is published by Ediciones del Bajío, S.A. de C.V., which also prints two weeklies.

        The clinic group was advised by Larkspur Osei Dental Partners, PLLC and the union by Brannigan Tull, P.C. on the sale.
        Its Irish arm, Corrib Riverside Outreach CLG, and a lender, Fenwick Hollis PLLC, were also named.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tamarind Bank, Ltd.")]
    [InlineData("Banco Andino de Fomento, S.A.")]
    [InlineData("Kestrel Freight, Inc.")]
    [InlineData("Grupo Mareva, S.A.B. de C.V.")]
    [InlineData("Osprey Logistik, GmbH")]
    [InlineData("Halvorsen Shipping, Inc.")]
    [InlineData("Ediciones del Bajío, S.A. de C.V.")]
    [InlineData("Larkspur Osei Dental Partners, PLLC")]
    [InlineData("Brannigan Tull, P.C.")]
    [InlineData("Corrib Riverside Outreach CLG")]
    [InlineData("Fenwick Hollis PLLC")]
    public void Should_find_the_company_under_its_registered_name(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Ltd.")]
    [InlineData("S.A.")]
    [InlineData("Inc.")]
    [InlineData("PLLC")]
    [InlineData("Tamarind Bank")]
    [InlineData("Yesterday Halvorsen Shipping, Inc.")]
    public void Should_not_keep_a_piece_as_a_name_of_its_own(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_count_the_short_name_as_a_mention() =>
        Assert.Equal(2, Result.Entities.Single(e => e.Text == "Tamarind Bank, Ltd.").Mentions.Count);
}
