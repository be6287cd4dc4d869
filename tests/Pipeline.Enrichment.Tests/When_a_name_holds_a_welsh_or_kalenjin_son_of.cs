namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Gwilym ap Rhys", "Samson Kiprotich arap Too": the Welsh and Kalenjin "son of" between two names makes one person; the tagger
/// took the Welsh given name for a place and the Kalenjin name ended before the particle.
/// </summary>
public sealed class When_a_name_holds_a_welsh_or_kalenjin_son_of
{
    private const string Text = """
        The committee chair, Gwilym ap Rhys, said the turbines would be seen from the valley. Councillors backed him.

        The contract was signed in Kisumu by the managing director, Samson Kiprotich arap Too, on Tuesday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Gwilym ap Rhys")]
    [InlineData("Samson Kiprotich arap Too")]
    public void Should_name_one_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Gwilym")]
    [InlineData("Rhys")]
    [InlineData("Samson Kiprotich")]
    public void Should_name_no_piece_alone(string piece) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == piece);
}
