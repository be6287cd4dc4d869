namespace Pipeline.Enrichment.Tests;

/// <summary>Straight quotes are both opening and closing marks: the spaces around them tell which.</summary>
public sealed class When_quotes_open_and_close_sentences
{
    [Theory]
    [InlineData("The board met in Nairobi. \"We chose cooperation,\" she said.", "The board met in Nairobi.|\"We chose cooperation,\" she said.")]
    [InlineData("\"We chose cooperation.\" The board agreed.", "\"We chose cooperation.\"|The board agreed.")]
    [InlineData("He said: \"It is done.\" Then he left.", "He said: \"It is done.\"|Then he left.")]
    [InlineData("The port reopened. “Trade is back,” said the mayor.", "The port reopened.|“Trade is back,” said the mayor.")]
    public void Should_start_a_sentence_at_an_opening_quote_and_end_one_after_a_closing_quote(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => text[tokens[s.Start.Value].Start..tokens[s.End.Value - 1].End]);

        Assert.Equal(expected.Split('|'), sentences);
    }
}
