namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Spanish and Portuguese addresses abbreviate the avenue: "Av. México", "Avda. Corrientes". The abbreviation and its name
/// are one street; the country or person the avenue is named after is not a name of its own there.
/// </summary>
public sealed class When_an_address_abbreviates_its_avenue
{
    private const string Text = """
        The association has its offices on Av. México, close to the port. Protesters gathered on Avda. Corrientes.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Av. México")]
    [InlineData("Avda. Corrientes")]
    public void Should_find_the_street(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Av")]
    [InlineData("México")]
    public void Should_not_keep_a_piece(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
