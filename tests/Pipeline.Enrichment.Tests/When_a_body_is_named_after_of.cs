namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Government of Ghana", "the Registry of the Tribunal": the government of a listed country is a body of its own,
/// not the country, though "the Government" alone names nothing; and a lone head word after "of the" is the body a
/// name belongs to, not a second organisation, so the name runs on over it.
/// </summary>
public sealed class When_a_body_is_named_after_of
{
    private const string Text = """
        The loan agreement was signed by the Government of Ghana and two commercial lenders on Thursday.

        The Government of the Philippines has not commented, a spokesman said.

        Journalists may collect their passes from the General Secretariat of the Commission until noon.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Government of Ghana")]
    [InlineData("Government of the Philippines")]
    [InlineData("General Secretariat of the Commission")]
    public void Should_name_the_body(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_cut_the_name_before_of() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "General Secretariat");
}
