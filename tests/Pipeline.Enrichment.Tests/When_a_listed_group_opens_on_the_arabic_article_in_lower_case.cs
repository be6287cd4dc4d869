namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the al-Qaeda affiliate", "a faction linked to al-Qaeda": a listed armed group whose name opens on the Arabic article, written
/// in lower case inside a sentence, is the group, as it is when the article is capitalised.
/// </summary>
public sealed class When_a_listed_group_opens_on_the_arabic_article_in_lower_case
{
    private const string Text = """
        Officials said the al-Qaeda affiliate had set up checkpoints on the road north of the town overnight.

        The army described the attackers as a faction linked to al-Qaeda, and said two of its soldiers were wounded.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_group_an_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "al-Qaeda");
}
