namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "in every federal member state, including Puntland and Jubaland": the tagger reads two one-word places joined by
/// "and" as one place. They are two, unless the lists know the pair as one name ("Trinidad and Tobago").
/// </summary>
public sealed class When_two_places_are_joined_by_and
{
    private const string Text = """
        Health workers will vaccinate children in every federal member state, including Puntland and Jubaland.

        Flights to Trinidad and Tobago resumed on Friday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Puntland")]
    [InlineData("Jubaland")]
    [InlineData("Trinidad and Tobago")]
    public void Should_name_each_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_name_the_pair_as_one_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Puntland and Jubaland");
}
