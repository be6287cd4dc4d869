namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "General Directorate of General Intelligence": a title word ("General") after "of" inside a body's name, before words English
/// writes in lower case, names the body's field. The body is one name, and no person ("Intelligence") is found after the title.
/// </summary>
public sealed class When_a_title_word_after_of_names_a_bodys_field
{
    private const string Text = """
        Border officials reported a quiet week at the main crossings.

        The General Directorate of General Intelligence said 4,000 people had been questioned since March.

        A spokesman for the Directorate of General Affairs said the office would reopen on Monday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("General Directorate of General Intelligence")]
    [InlineData("Directorate of General Affairs")]
    public void Should_keep_the_body_whole(string body) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == body);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
