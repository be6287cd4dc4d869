namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "published by Tamarind Coast Publishing Ltd. Kifaru Hill Road, Mombasa": a page's footer writes the publisher and its street
/// address one after the other; the company's name ends at its legal form and the street is a place of its own, whether it is
/// written in words ("Kifaru Hill Road", "Lakeview Avenue") or as a road's word and number ("Calle 26").
/// </summary>
public sealed class When_a_footer_names_the_publisher_before_its_street
{
    private const string Text = """
        The regional weekly covers farming, fishing and local councils along the coast, and it is read in most towns of the valley.

        © 2025 Valley Courier, published by Tamarind Coast Publishing Ltd. Kifaru Hill Road, Mombasa, Kenya | Contact | Advertise

        © 2025 Sierra Ledger, a publication of Paramo Noticias S.A.S. Calle 26 No. 13-19, Medellín, Colombia

        Our office moved last year; write to Brightmoor Press Inc. Lakeview Avenue, Duluth, for subscriptions.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tamarind Coast Publishing Ltd")]
    [InlineData("Paramo Noticias S.A.S.")]
    [InlineData("Brightmoor Press Inc.")]
    public void Should_end_the_company_at_its_legal_form(string company) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == company);

    [Theory]
    [InlineData("Kifaru Hill Road")]
    [InlineData("Calle 26")]
    [InlineData("Lakeview Avenue")]
    public void Should_name_the_street_as_a_place(string street) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == street);
}
