namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Toktogul Reservoir" is a place, as a lake or a dam is; "J.P. Morgan", the bank, is written
/// like a person's initials and surname and is an organisation.
/// </summary>
public sealed class When_a_reservoir_or_a_bank_with_initials_is_named
{
    private const string Text = """
        Water levels fall before winter

        Levels at the Kairakkum Reservoir fell by two metres in October, the agency said. Analysts at J.P. Morgan said the shortage would raise power prices across the region.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_take_the_reservoir_for_a_place() =>
        Assert.Single(Entities, e => e.Text == "Kairakkum Reservoir" && e.Type == EntityTypes.Location);

    [Fact]
    public void Should_take_the_bank_for_an_organisation() =>
        Assert.Single(Entities, e => e.Text == "J.P. Morgan" && e.Type == EntityTypes.Organization);
}
