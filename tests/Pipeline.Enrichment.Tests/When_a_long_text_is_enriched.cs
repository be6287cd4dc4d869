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

    private static List<string> NamesIn(string text) =>
        new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities.Select(e => $"{e.Type} {e.Text}").Order(StringComparer.Ordinal).ToList();
}
