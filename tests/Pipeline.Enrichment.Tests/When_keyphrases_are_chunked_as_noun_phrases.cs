namespace Pipeline.Enrichment.Tests;

/// <summary>Keyphrases read as the topics a news API would name: noun phrases, not clause fragments (team-written text).</summary>
public sealed class When_keyphrases_are_chunked_as_noun_phrases
{
    private const string Text = """
        The harbour board approved a plan covering flood protection along the estuary on Tuesday. Engineers said flood protection for the old docks would cost more than the board expected, and that water tariffs would have to rise to pay for it. The board wants to keep water tariffs steady until the next budget. Several countries have faced the same issue, officials said.

        Residents asked whether water tariffs would rise again in March. Timber flowing downstream and gravel moving south have blocked the channel twice this year. The port also plans new berths for fishing vessels, because one fishing vessel ran aground last winter. Other countries watched the issue closely.
        """;

    private static readonly IReadOnlyList<Keyword> Keywords = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Keywords;

    private static IEnumerable<string> Words => Keywords.SelectMany(k => k.Text.Split(' '));

    [Fact]
    public void Should_rank_a_repeated_noun_phrase_first()
    {
        Assert.Equal("water tariffs", Keywords[0].Text);
    }

    [Fact]
    public void Should_keep_the_noun_phrase_and_drop_the_verb_before_it()
    {
        Assert.Contains(Keywords, k => k.Text == "flood protection");
        Assert.DoesNotContain(Keywords, k => k.Text.Split(' ')[0] is "covering" or "approved" or "asked" or "plans" or "blocked");
    }

    [Fact]
    public void Should_not_end_a_phrase_with_an_adjective_a_direction_or_a_verb()
    {
        Assert.DoesNotContain(Keywords, k => k.Text.Split(' ')[^1] is "steady" or "south" or "downstream" or "flowing" or "moving" or "rise");
        Assert.DoesNotContain(Words, w => w is "flowing" or "moving");
    }

    [Fact]
    public void Should_let_a_nominal_ing_word_lead_and_merge_singular_with_plural()
    {
        Assert.Single(Keywords, k => k.Text.StartsWith("fishing vessel", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_a_pair_the_text_repeats_as_one_topic_and_end_a_phrase_at_a_possessive()
    {
        var keywords = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "The port's container cranes are old. Officials want the oil and gas industry to pay for new cranes. "
                + "Oil and gas exports fell last year, but the oil and gas industry still employs most dock workers. "
                + "The board's container cranes need repairs, and the harbour's safety rules are strict.",
        }).Keywords;
        Assert.Contains(keywords, k => k.Text == "oil and gas industry");
        Assert.DoesNotContain(keywords, k => k.Text.StartsWith("port container", StringComparison.Ordinal) || k.Text.StartsWith("board container", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_leave_out_dates_and_general_news_words()
    {
        Assert.DoesNotContain(Words, w => w is "march" or "tuesday" or "year" or "winter");
        Assert.DoesNotContain(Keywords, k => k.Text is "countries" or "issue" or "officials" or "board");
    }
}
