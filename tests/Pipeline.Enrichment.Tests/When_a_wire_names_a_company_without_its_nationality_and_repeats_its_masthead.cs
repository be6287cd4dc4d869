namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A wire story names "Saudi Aramco" once and "Aramco" after (and in its headline): both name one company, under its full name,
/// though the lists know both forms. The wire's masthead in capitals over the page and again over its footer is the wire,
/// named in title case both times.
/// </summary>
public sealed class When_a_wire_names_a_company_without_its_nationality_and_repeats_its_masthead
{
    private const string Text = """
        NORTHGATE LEDGER
        Markets | Energy | Companies

        Aramco to buy stake in Fujian refiner

        RIYADH, May 2 (Northgate Ledger) - Saudi Aramco said on Sunday it would buy a 10% stake in a refiner in Fujian province. Aramco shares rose 0.5% on the Saudi Exchange.

        Aramco said the deal would close this year.

        NORTHGATE LEDGER
        About | Contact | Careers
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Saudi Aramco")]
    [InlineData("Northgate Ledger")]
    public void Should_name_the_organisation_in_full(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Aramco")]
    [InlineData("NORTHGATE LEDGER")]
    public void Should_not_name_it_a_second_time(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
