namespace Pipeline.Enrichment.Tests;

public sealed class When_keyphrases_are_ranked
{
    private static readonly IReadOnlyList<Keyword> Keywords = new DocumentEnricher()
        .Enrich(new EnrichmentInput { Text = Article.Read("seed-caspian-grain-corridor") }).Keywords;

    [Fact]
    public void Should_name_topics_not_the_names_and_titles_the_entities_already_carry()
    {
        Assert.Contains(Keywords, k => k.Text == "transit fees");
        Assert.DoesNotContain(Keywords, k => k.Text.Split(' ').Any(w => w is "turkish" or "kazakh" or "foreign" or "minister" or "zhumagaliyev"));
    }

    [Fact]
    public void Should_not_start_a_phrase_with_a_verb()
    {
        Assert.DoesNotContain(Keywords, k => k.Text.Split(' ')[0] is "met" or "said" or "called");
    }

    [Fact]
    public void Should_not_keep_a_phrase_that_holds_or_is_held_by_another()
    {
        foreach (var a in Keywords)
            foreach (var b in Keywords.Where(b => b != a))
                Assert.DoesNotContain($" {b.Text} ", $" {a.Text} ", StringComparison.Ordinal);
    }
}
