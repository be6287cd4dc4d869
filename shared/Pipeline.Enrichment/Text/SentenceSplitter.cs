namespace Pipeline.Enrichment;

/// <summary>
/// Groups tokens into sentences: a sentence ends at ".", "!" or "?" (with any closing quotes or
/// brackets) before a capital, a quote or a digit, and always at a line break, because cleaned
/// text puts every block (heading, paragraph, list item) on its own lines.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Range> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Range>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if (last || EndsAfter(text, tokens, i))
            {
                sentences.Add(new Range(first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    /// <summary>
    /// The longest stretch of tokens the name finder takes at once. Its rules compare each found
    /// name with the others of the sentence, which is quadratic in the sentence's length: harmless
    /// for a sentence (even a long legal one is a few hundred tokens) but not for a text of
    /// megabytes with no sentence ends (a table, a list run into one line).
    /// </summary>
    public const int MaxPieceTokens = 1000;

    /// <summary>
    /// The sentence [<paramref name="start"/>, <paramref name="end"/>) in pieces of at most
    /// <see cref="MaxPieceTokens"/> tokens; a longer one is cut after a comma, semicolon or colon
    /// in the second half of the piece where there is one (a name rarely spans those), else at the
    /// limit. Every sentence of an ordinary text is one piece, so what is found there is unchanged.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Pieces(IReadOnlyList<Token> tokens, int start, int end)
    {
        while (end - start > MaxPieceTokens)
        {
            var cut = start + MaxPieceTokens;
            for (var k = cut; k > start + MaxPieceTokens / 2; k--)
                if (tokens[k - 1].Text is "," or ";" or ":") { cut = k; break; }
            yield return (start, cut);
            start = cut;
        }
        yield return (start, end);
    }

    // 'in Nairobi. "We have chosen': a straight quote with a space before it and a word right after
    // it opens the next sentence; it does not close this one.
    private static bool OpensQuote(IReadOnlyList<Token> tokens, int q) =>
        tokens[q].Text == "\"" && q > 0 && tokens[q].Start > tokens[q - 1].End && q + 1 < tokens.Count && tokens[q + 1].Start == tokens[q].End;

    private static bool EndsAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var next = tokens[i + 1];
        if (text.AsSpan(tokens[i].End, next.Start - tokens[i].End).Contains('\n')) return true;
        var t = tokens[i].Text;
        if (t is not ("." or "!" or "?" or "..." or "”" or "\"" or "’" or ")")) return false;
        if (t is "”" or "\"" or "’" or ")")
        {
            // A closing mark ends the sentence only right after a full stop: '... he said."'
            if (i == 0 || tokens[i - 1].Text is not ("." or "!" or "?") || OpensQuote(tokens, i)) return false;
        }
        else if (next.Text is "”" or "\"" or "’" or ")" && !OpensQuote(tokens, i + 1)) return false;
        var c = next.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[';
    }
}
