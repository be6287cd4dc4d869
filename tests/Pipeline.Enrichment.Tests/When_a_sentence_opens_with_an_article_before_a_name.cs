namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "A Commission official said", "An Oxford University study found": the article that opens the sentence is no word of the
/// name. A listed name that opens with its own article keeps it ("A Coruña").
/// </summary>
public sealed class When_a_sentence_opens_with_an_article_before_a_name
{
    private const string Text = """
        The European Commission will publish its review in March. A Commission official in Brussels said the plan was sound.
        An Oxford University study found the opposite. A Coruña said its port traffic fell.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_leave_the_article_out_of_the_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("A Commission") || m.Text.StartsWith("An Oxford")));

    [Fact]
    public void Should_find_the_university_without_the_article() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Oxford University");

    [Fact]
    public void Should_keep_an_article_that_belongs_to_the_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "A Coruña");
}
