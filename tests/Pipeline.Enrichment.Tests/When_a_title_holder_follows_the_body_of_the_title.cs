namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "President of the European Commission Ursula von der Leyen said": the tagger ran the given name into the body, and the
/// organisation rule ran "Commission Kaja Kallas" together after "Vice-President of the". The given name opens the person;
/// a given name and a surname closing a title's "of the" body before a verb are the holder ("Director of the Diplomatic
/// Academy Andrés Bello, Pablo Cabrera" names its holder after the comma). A speech's "Distinguished guests" names no one.
/// </summary>
public sealed class When_a_title_holder_follows_the_body_of_the_title
{
    private const string Text = """
        Excellency Ambassador of Japan,
        Representatives of the Asian Development Bank,
        Distinguished guests, ladies and gentlemen,

        President of the European Commission Ursula von der Leyen said the package would create jobs at home and abroad, and High Representative and Vice-President of the Commission Kaja Kallas welcomed it on Friday. The Director of the Diplomatic Academy Andrés Bello, Pablo Cabrera, also took part in the meeting.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ursula von der Leyen")]
    [InlineData("Kaja Kallas")]
    [InlineData("Pablo Cabrera")]
    public void Should_find_the_holder(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("European Commission")]
    [InlineData("Diplomatic Academy Andrés Bello")]
    public void Should_end_the_body_before_the_holder(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_take_the_salutation_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Distinguished");

    [Fact]
    public void Should_not_run_the_body_into_the_holder() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && (e.Text.EndsWith("Ursula", StringComparison.Ordinal) || e.Text.EndsWith("Kallas", StringComparison.Ordinal)));
}
