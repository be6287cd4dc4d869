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

    private static bool EndsAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var next = tokens[i + 1];
        if (text.AsSpan(tokens[i].End, next.Start - tokens[i].End).Contains('\n')) return true;
        var t = tokens[i].Text;
        if (t is not ("." or "!" or "?" or "..." or "”" or "\"" or "’" or ")")) return false;
        if (t is "”" or "\"" or "’" or ")")
        {
            // A closing mark ends the sentence only right after a full stop: '... he said."'
            if (i == 0 || tokens[i - 1].Text is not ("." or "!" or "?")) return false;
        }
        else if (next.Text is "”" or "\"" or "’" or ")") return false;
        var c = next.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[';
    }
}
