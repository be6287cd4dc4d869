namespace Pipeline.Enrichment.Tests;

public sealed class When_an_article_about_a_ministers_visit_is_enriched
{
    private static readonly string Text = Article.Read("minister-visit");
    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = Text,
        Title = "Brazil's foreign minister seeks Japanese investment",
        Published = new DateTimeOffset(2024, 3, 6, 9, 0, 0, TimeSpan.Zero),
    });

    private static Entity Find(string type, string name) =>
        Assert.Single(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_name_every_person_once_under_the_full_name_introduced_first()
    {
        var people = Result.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order().ToList();
        Assert.Equal(["Ana Ribeiro Costa", "Hiroshi Tanaka", "Kenji Watanabe"], people);
    }

    [Fact]
    public void Should_resolve_later_surnames_to_the_full_name_with_their_offsets()
    {
        var costa = Find(EntityTypes.Person, "Ana Ribeiro Costa");
        Assert.Equal(3, costa.Count);
        Assert.All(costa.Mentions, m => Assert.Equal(m.Text, Text[m.Start..m.End]));
        Assert.Contains(costa.Mentions, m => m.Text == "Costa");
        Assert.Equal(3, Find(EntityTypes.Person, "Kenji Watanabe").Count);
    }

    [Fact]
    public void Should_find_organisations_with_their_legal_form_and_head_words()
    {
        Find(EntityTypes.Organization, "Mitsubishi Heavy Industries Ltd.");
        Find(EntityTypes.Organization, "Japan Bank for International Cooperation");
        Find(EntityTypes.Organization, "World Trade Organization");
    }

    [Fact]
    public void Should_give_places_their_iso_3166_country_code()
    {
        Assert.Equal("JP", Find(EntityTypes.Location, "Tokyo").CountryCode);
        Assert.Equal("KR", Find(EntityTypes.Location, "Seoul").CountryCode);
        var brazil = Find(EntityTypes.Location, "Brazil");
        Assert.Equal("BR", brazil.CountryCode);
        Assert.Equal("BR", brazil.Normalized);
        Assert.Equal("BR", Find(EntityTypes.Nationality, "Brazilian").CountryCode);
    }

    [Fact]
    public void Should_normalise_money_to_an_amount_and_iso_4217_currency()
    {
        var money = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Money);
        Assert.Equal(2_500_000_000m, money.Amount);
        Assert.Equal("USD", money.Currency);
        Assert.Equal("$2.5 billion", money.Mentions[0].Text);
    }

    [Fact]
    public void Should_resolve_dates_against_the_publication_date()
    {
        var dates = Result.Entities.Where(e => e.Type == EntityTypes.Date).ToDictionary(e => e.Mentions[0].Text, e => e.Normalized);
        Assert.Equal("2024-03-03", dates["March 3"]);
        Assert.Equal("2024-03-05", dates["Tuesday"]);
        Assert.Equal("2023", dates["last year"]);
        Assert.Equal("2024-11", dates["November"]);
    }

    [Fact]
    public void Should_find_percentages()
    {
        var percents = Result.Entities.Where(e => e.Type == EntityTypes.Percent).Select(e => e.Normalized).Order().ToList();
        Assert.Equal(["12%", "8%"], percents);
    }

    [Fact]
    public void Should_rank_the_subject_of_the_story_above_passing_mentions()
    {
        var costa = Find(EntityTypes.Person, "Ana Ribeiro Costa");
        var kyoto = Find(EntityTypes.Location, "Kyoto");
        Assert.InRange(costa.Salience, 0, 1);
        Assert.True(costa.Salience > kyoto.Salience);
    }

    [Fact]
    public void Should_say_which_rule_or_model_produced_each_entity()
    {
        Assert.All(Result.Entities, e => Assert.Matches("^(tagger|gazetteer|rule|propagation)", e.Source));
        Assert.StartsWith("rule:money", Result.Entities.First(e => e.Type == EntityTypes.Money).Source);
    }

    [Fact]
    public void Should_summarise_in_three_sentences_in_document_order()
    {
        var sentences = Result.Summary.Split(". ").Length;
        Assert.Equal(3, sentences);
        Assert.StartsWith("Brazilian Foreign Minister", Result.Summary); // the lead, without its dateline "TOKYO — "
        var positions = Result.Summary.Split(". ").Select(s => Text.IndexOf(s[..20], StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Should_rank_multi_word_keyphrases_without_stop_words()
    {
        Assert.Contains(Result.Keywords, k => k.Text.Contains(' '));
        Assert.DoesNotContain(Result.Keywords, k => k.Text.Split(' ').Any(w => w is "the" or "and" or "said" or "of"));
        Assert.Equal(Result.Keywords.OrderByDescending(k => k.Score).Select(k => k.Text), Result.Keywords.Select(k => k.Text));
    }

    [Fact]
    public void Should_classify_it_as_politics_and_economy()
    {
        var codes = Result.Categories.Select(c => c.Code).ToList();
        Assert.Contains("11000000", codes);
        Assert.Contains("04000000", codes);
    }

    [Fact]
    public void Should_count_words_and_reading_time()
    {
        Assert.InRange(Result.WordCount, 160, 180);
        Assert.Equal(Math.Round(Result.WordCount / 230.0, 1), Result.ReadingTimeMinutes);
        Assert.Equal("en", Result.Language);
        Assert.Empty(Result.NotProduced);
    }
}
