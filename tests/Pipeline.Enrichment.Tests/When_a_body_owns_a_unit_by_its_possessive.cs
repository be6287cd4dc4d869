namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Guardia Civil's Central Operational Unit", "the State Financial Monitoring Service of Ukraine and the Unit for
/// Combating Money Laundering": a unit is a body of its own, and a body that owns it by a possessive is named apart, when the
/// lists know it or the text names it alone too. A possessive inside a name stays ("Fiji Women's Crisis Centre").
/// </summary>
public sealed class When_a_body_owns_a_unit_by_its_possessive
{
    private const string Text = """
        The case rests on evidence gathered by the Guardia Civil's Central Operational Unit over three years. Officials of
        the Kafue Basin Authority said the Kafue Basin Authority's Water Quality Unit had found no trace of the spill.
        Ukraine thanked the State Financial Monitoring Service of Ukraine and the Unit for Combating Money Laundering.
        The Fiji Women's Crisis Centre said calls had doubled.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Guardia Civil")]
    [InlineData("Central Operational Unit")]
    [InlineData("Kafue Basin Authority")]
    [InlineData("Water Quality Unit")]
    [InlineData("State Financial Monitoring Service of Ukraine")]
    [InlineData("Unit for Combating Money Laundering")]
    [InlineData("Fiji Women's Crisis Centre")]
    public void Should_name_each_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_owner_into_its_unit() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("'s Central", StringComparison.Ordinal) || e.Text.Contains("'s Water", StringComparison.Ordinal));
}
