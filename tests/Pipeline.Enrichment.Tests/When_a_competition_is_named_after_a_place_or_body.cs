namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the 2027 Africa Cup of Nations", "the Gulf Cup", "the World Athletics Championships": a competition is no organisation,
/// and the place it is named after is a word of its name there; the body that holds it, when named first, is the
/// organisation ("World Athletics").
/// </summary>
public sealed class When_a_competition_is_named_after_a_place_or_body
{
    private const string Text = """
        Kenya will co-host the 2027 Africa Cup of Nations, and Basra's stadium hosted the Gulf Cup in 2023.
        The row over team selection for the World Athletics Championships went on for nine months.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Africa")]
    [InlineData("Gulf")]
    public void Should_take_no_word_of_the_competition_for_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Mentions.Any(m => m.Text == name));

    [Fact]
    public void Should_take_no_competition_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Championships", StringComparison.Ordinal) || e.Text.Contains("Cup", StringComparison.Ordinal));

    [Fact]
    public void Should_name_the_body_that_holds_it() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "World Athletics");

    [Fact]
    public void Should_keep_the_places_the_text_names() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Kenya");
}
