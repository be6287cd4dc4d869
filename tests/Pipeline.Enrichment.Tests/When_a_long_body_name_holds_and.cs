namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Development Bank of Latin America and the Caribbean", "the King Salman Humanitarian Aid and Relief Centre": well-known bodies
/// whose names hold "and" are listed whole, so that neither the tagger nor a rule ends them at the "and"; "Ss." (the saints a
/// church or a school is named after) ends no sentence, so "Ss. Cyril and Methodius University" is read as one name.
/// </summary>
public sealed class When_a_long_body_name_holds_and
{
    private const string Text = """
        The loan from the Development Bank of Latin America and the Caribbean will pay for a new water plant in Oruro.

        A convoy funded by the King Salman Humanitarian Aid and Relief Centre reached the camp on Sunday.

        The Department of Prime Minister and National Executive Council said the budget would be tabled in May.

        She studied chemistry at Ss. Cyril and Methodius University before moving to Vienna.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Development Bank of Latin America and the Caribbean")]
    [InlineData("King Salman Humanitarian Aid and Relief Centre")]
    [InlineData("Department of Prime Minister and National Executive Council")]
    [InlineData("Ss. Cyril and Methodius University")]
    public void Should_name_the_whole_body(string body) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == body);
}
