namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Health authorities are named after the province or region they serve ("Manitoba Health",
/// "Ontario Health"): "Health" after a place's name makes the name an organisation, not a place
/// and a stray word.
/// </summary>
public sealed class When_a_health_authority_is_named_after_its_province
{
    private const string Text = """
        WINNIPEG — A spokesperson for Manitoba Health said the clinic would reopen in March. Officials from Ontario Health joined the call, and Saskatchewan Health Authority sent nurses.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Manitoba Health")]
    [InlineData("Ontario Health")]
    [InlineData("Saskatchewan Health Authority")]
    public void Should_find_the_authority_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_health_authority_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text.EndsWith("Health", StringComparison.Ordinal));
}
