namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "In March the World Bank approved ...": a month or a day that opens a sentence before "the" is no word of the body's name after
/// it. "Lorries waited at the Yusuf Karim border post": a name before "border post", "border gate" or "border crossing" is the
/// post, a place, even where it opens with a given name.
/// </summary>
public sealed class When_a_month_or_a_border_post_stands_by_a_name
{
    private const string Text = """
        The irrigation scheme has been delayed for years. In March the Asian Development Bank approved a loan of $200 million for the
        first phase, and on Friday the European Investment Bank said it would consider a second loan.

        Lorries loaded with cement waited for two days at the Yusuf Karim border post, drivers said, while the Hassan Omar border gate
        further north stayed closed to all but aid convoys.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Asian Development Bank")]
    [InlineData("European Investment Bank")]
    public void Should_start_the_body_after_the_month_or_the_day(string body) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == body);

    [Fact]
    public void Should_take_no_month_into_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("March", StringComparison.Ordinal) && e.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Yusuf Karim")]
    [InlineData("Hassan Omar")]
    public void Should_name_the_border_post_a_place(string post) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == post);
}
