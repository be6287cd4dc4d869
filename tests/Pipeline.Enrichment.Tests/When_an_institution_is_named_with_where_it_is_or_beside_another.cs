namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Norwegian Polar Institute in Tromsø": after an institution's head word, "in" and one word no list knows say where it
/// is, a place apart; a post abroad keeps its place ("the Chinese Embassy in Fiji"). "the Indian Institute of Technology
/// Bombay and Jawaharlal Nehru University": after a named body's "of", a member that ends in a head word of its own is a
/// second body, while portfolios stay one name ("Department of Foreign Affairs and Trade").
/// </summary>
public sealed class When_an_institution_is_named_with_where_it_is_or_beside_another
{
    private const string Text = """
        Scientists at the Norwegian Polar Institute in Tromsø said the ice was thin, and the Chinese Embassy in Fiji made no comment.

        Students from the Indian Institute of Technology Bombay and Jawaharlal Nehru University will take part, as will officials of the Department of Foreign Affairs and Trade.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Norwegian Polar Institute", EntityTypes.Organization)]
    [InlineData("Tromsø", EntityTypes.Location)]
    [InlineData("Chinese Embassy in Fiji", EntityTypes.Organization)]
    [InlineData("Indian Institute of Technology Bombay", EntityTypes.Organization)]
    [InlineData("Jawaharlal Nehru University", EntityTypes.Organization)]
    [InlineData("Department of Foreign Affairs and Trade", EntityTypes.Organization)]
    public void Should_find_each_name(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_not_join_the_place_or_the_second_body() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("in Tromsø", StringComparison.Ordinal) || e.Text.Contains("Bombay and", StringComparison.Ordinal));
}
