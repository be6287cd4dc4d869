namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Communiqués write the office in full and the holder's name right after it: "President of the Republic of Korea
/// Yoon Min-jae", "Chairwoman of the Vietnam Fatherland Front Bùi Thị Lan Hương". The tagger runs the body on into the
/// name; the name is a person and the body ends before it. Vietnamese names keep their marks in such texts.
/// </summary>
public sealed class When_a_vietnamese_or_korean_name_follows_the_body_a_title_names
{
    private const string Text = """
        Chairwoman of the Vietnam Fatherland Front Bùi Thị Lan Hương received President of the Republic of Korea Yoon Min-jae in Hanoi on Tuesday.

        Minister of Education and Training Võ Quang Vĩnh and Deputy Minister Hoàng Thị Thu Hằng also attended the talks.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Bùi Thị Lan Hương")]
    [InlineData("Yoon Min-jae")]
    [InlineData("Võ Quang Vĩnh")]
    [InlineData("Hoàng Thị Thu Hằng")]
    public void Should_find_the_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_end_the_country_before_the_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Republic of Korea");

    [Fact]
    public void Should_not_run_a_body_or_a_place_into_the_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type != EntityTypes.Person && (e.Text.Contains("Yoon") || e.Text.Contains("Bùi")));
}
