namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The parts that made enrich quadratic in the length of a text are asked the same questions
/// as before, in linear time: these check the answers, not the time (no timing in tests).
/// </summary>
public sealed class When_a_long_text_is_enriched
{
    [Fact]
    public void Should_tell_overlaps_by_coverage_as_a_scan_of_the_spans_would()
    {
        var spans = new List<EntitySpan>
        {
            new(2, 5, "abc", EntityTypes.Date, "rule:date"),
            new(9, 12, "def", EntityTypes.Money, "rule:money"),
            new(15, 15, string.Empty, EntityTypes.Date, "rule:date"),
        };
        var coverage = new SpanCoverage(20, spans);
        for (var start = 0; start <= 20; start++)
            for (var end = start; end <= 20; end++)
                Assert.Equal(spans.Exists(s => s.Overlaps(start, end)), coverage.Overlaps(start, end));
    }

    [Fact]
    public void Should_find_in_a_sentence_longer_than_a_piece_the_names_it_finds_in_a_short_one()
    {
        const string Names = "and Maria Lopez of Acme Holdings spoke in Lisbon";
        var text = string.Concat(Enumerable.Repeat("the council and the port met again, ", 300)) + Names;
        var tokens = Tokenizer.Tokenize(text);
        var pieces = SentenceSplitter.Pieces(tokens, 0, tokens.Count).ToList();

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.End - p.Start, 1, SentenceSplitter.MaxPieceTokens));
        Assert.Equal(tokens.Count, pieces.Sum(p => p.End - p.Start));
        Assert.Equal(NamesIn("The council met, " + Names), NamesIn(text));
    }

    [Fact]
    public void Should_draw_entities_from_the_part_it_analyses_and_count_every_word_of_the_rest()
    {
        const string Opening = "Maria Lopez of Acme Holdings said in Lisbon on Monday that 40 million euros would go to the port.\n\n";
        var filler = string.Concat(Enumerable.Repeat("The harbour council met again and talked about budgets and railways.\n\n", 60));
        var text = Opening + filler + "Tomas Berg of the Nordic Rail Authority spoke in Gdansk.\n\nThe end.";
        var bounded = new DocumentEnricher { MaxAnalysedCharacters = 2000 }.Enrich(new EnrichmentInput { Text = text });
        var whole = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text });

        Assert.Contains(bounded.Entities, e => e.Type == EntityTypes.Person && e.Text == "Maria Lopez");
        Assert.Contains(whole.Entities, e => e.Type == EntityTypes.Person && e.Text == "Tomas Berg");
        Assert.DoesNotContain(bounded.Entities, e => e.Text.Contains("Berg", StringComparison.Ordinal) || e.Text == "Gdansk");
        Assert.All(bounded.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.End <= 2000));
        Assert.Equal(whole.WordCount, bounded.WordCount);
        Assert.Equal(whole.ReadingTimeMinutes, bounded.ReadingTimeMinutes);
        Assert.Equal(whole.Fingerprint, bounded.Fingerprint);
        Assert.Contains(bounded.NotProduced, n => n.Contains("first", StringComparison.Ordinal) && n.Contains($"{text.Length:N0}", StringComparison.Ordinal));
        Assert.DoesNotContain(whole.NotProduced, n => n.Contains("first", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("aaaa bbbb\n\ncccc dddd eeee", 16, "aaaa bbbb")]
    [InlineData("aaaa bbbb cccc\ndddd eeee", 20, "aaaa bbbb cccc")]
    [InlineData("aaaa bbbb cccc dddd eeee", 17, "aaaa bbbb cccc")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa", 10, "aaaaaaaaaa")]
    [InlineData("aaaaaaaaa\U0001F6A2aaaaaaaaaaaa", 10, "aaaaaaaaa")]
    [InlineData("short", 10, "short")]
    public void Should_cut_a_long_text_at_a_paragraph_line_or_word_break_and_never_inside_a_character(string text, int limit, string expected) =>
        Assert.Equal(expected, DocumentEnricher.AnalysedPart(text, limit));

    private static List<string> NamesIn(string text) =>
        new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities.Select(e => $"{e.Type} {e.Text}").Order(StringComparer.Ordinal).ToList();
}
