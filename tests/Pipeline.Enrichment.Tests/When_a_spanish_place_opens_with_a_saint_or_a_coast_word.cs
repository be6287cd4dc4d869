namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Towns named after a saint ("San Borja", "San Antonio Oeste") and peninsulas, ports and gulfs that open with their kind
/// ("Península Valdés", "Puerto Madryn") look like people's names to the tagger. Those words open places; but a saint's name
/// followed by what says a person is meant ("Santa Ono, a university president") stays a person.
/// </summary>
public sealed class When_a_spanish_place_opens_with_a_saint_or_a_coast_word
{
    private const string Text = """
        Residents of San Antonio Oeste and San Borja protested against the terminal, and the provincial government opposed any tanker route near Península Valdés. The operator also runs a small plant in Puerto Deseado. Santa Ono, a university president, said the environmental study was sound.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("San Antonio Oeste")]
    [InlineData("San Borja")]
    [InlineData("Península Valdés")]
    [InlineData("Puerto Deseado")]
    public void Should_find_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_the_person_named_like_a_saint() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Santa Ono");
}
