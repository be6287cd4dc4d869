namespace Pipeline.Enrichment.Tests;

/// <summary>Keyphrases are chosen lower-cased and handed out the way the text writes them inside its sentences (team-written text).</summary>
public sealed class When_keyphrases_are_written_as_the_text_writes_them
{
    private const string Text = """
        Freight firms want the Northern Loop to carry more timber. "Timber exports fell last year," the port said, adding that the Baltic ferry link would need new cranes. Harbour Timber Board members met on Monday. Harbour dues rose in May. Finnish hauliers complained about the wait on the Finnish side.

        Officials said the Northern Loop could double timber exports if the Baltic ferry link ran daily. Hauliers also asked for cheaper timber exports through the southern ports, and the Russian-Finnish border crossing stayed shut.
        """;

    private static DocumentWords Words()
    {
        var tokens = Tokenizer.Tokenize(Text);
        return new DocumentWords(Text, tokens);
    }

    [Fact]
    public void Should_write_a_name_the_text_capitalises_inside_sentences_with_its_capitals()
    {
        var words = Words();
        Assert.Equal("Northern Loop", words.Cased("northern loop"));
        Assert.Equal("Baltic ferry link", words.Cased("baltic ferry link"));
        Assert.Equal("Russian-Finnish border crossing", words.Cased("russian-finnish border crossing"));
    }

    [Fact]
    public void Should_keep_lower_case_what_the_text_writes_in_lower_case()
    {
        Assert.Equal("timber exports", Words().Cased("timber exports"));
    }

    [Fact]
    public void Should_not_take_a_capital_from_the_start_of_a_sentence_or_from_inside_a_name()
    {
        var words = Words();
        // "Hauliers" opens a sentence only; "Harbour" is capitalised elsewhere only inside the run "Harbour Timber Board".
        Assert.Equal("hauliers", words.Cased("hauliers"));
        Assert.Equal("harbour dues", words.Cased("harbour dues"));
    }

    [Fact]
    public void Should_keep_the_capital_of_a_sentence_opening_word_the_text_capitalises_elsewhere()
    {
        // "Finnish hauliers" only opens a sentence, but "the Finnish side" shows the word is written with a capital.
        Assert.Equal("Finnish hauliers", Words().Cased("finnish hauliers"));
    }

    [Fact]
    public void Should_leave_a_phrase_the_text_does_not_hold_word_for_word_in_lower_case()
    {
        Assert.Equal("northern loops", Words().Cased("northern loops"));
    }

    [Fact]
    public void Should_hand_out_the_written_form_in_the_enrichment_result()
    {
        var keywords = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Keywords;
        Assert.DoesNotContain(keywords, k => k.Text.Contains("northern loop", StringComparison.Ordinal) || k.Text.Contains("baltic", StringComparison.Ordinal));
        Assert.Contains(keywords, k => k.Text.Contains("timber exports", StringComparison.Ordinal));
    }
}
