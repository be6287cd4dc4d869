namespace Pipeline.Enrichment.Tests;

/// <summary>
/// An article introduces its people by their full names. A lone capitalised word that only the
/// tagger took for a person (a mine, a region, an arms maker the lists do not know) is not one;
/// a lone name after a title, a listed surname, or a name the headline carries still is.
/// </summary>
public sealed class When_a_lone_word_is_taken_for_a_person
{
    private const string Article = """
        PERTH — Lithium producer Karrawa Minerals said on Monday it would buy a 15 percent stake in the Tallering project from a Chinese partner for 410 million Australian dollars, its biggest deal since it listed in 2019.

        Managing director Fiona Gallagher said the stake would give the company a second source of spodumene concentrate as output from its own mine declines. Tallering sits about 90 kilometres north of Geraldton and began shipping ore last year.

        Greenbushes, the world's largest hard-rock lithium mine, expanded its processing plant in the same period, and analysts said prices for concentrate had steadied after a fall of more than 70 percent in two years.

        Mr Okonjo, who advises the state government on mining approvals, said the sale would need sign-off from the foreign investment board. Gallagher said she expected approval before the end of the year.

        Shares in Karrawa rose 4 percent in Sydney trading.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Article, Title = "Karrawa buys into Tallering as Okonjo warns of review" });

    [Fact]
    public void Should_not_take_a_mine_named_by_one_word_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Greenbushes");

    [Fact]
    public void Should_keep_a_person_named_after_a_title() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Okonjo");

    [Fact]
    public void Should_keep_a_person_introduced_by_full_name() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Fiona Gallagher");
}
