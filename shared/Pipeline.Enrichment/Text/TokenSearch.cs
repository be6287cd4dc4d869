namespace Pipeline.Enrichment;

/// <summary>Finding tokens by position in a tokenised text (tokens are in text order).</summary>
internal static class TokenSearch
{
    private static readonly IComparer<Token> ByStart = Comparer<Token>.Create((a, b) => a.Start.CompareTo(b.Start));
    private static readonly IComparer<Token> ByEnd = Comparer<Token>.Create((a, b) => a.End.CompareTo(b.End));

    /// <summary>The index of the token that starts at <paramref name="start"/>, or the bitwise
    /// complement of the index of the first token after it (as <see cref="List{T}.BinarySearch(T, IComparer{T})"/>).</summary>
    public static int IndexAt(List<Token> tokens, int start) => tokens.BinarySearch(new Token(start, start, string.Empty), ByStart);

    /// <summary>The index of the token that ends at <paramref name="end"/>, or a negative number where none does.</summary>
    public static int IndexEndingAt(List<Token> tokens, int end) => tokens.BinarySearch(new Token(end, end, string.Empty), ByEnd);

    /// <summary>Whether a line break stands between token <paramref name="k"/> and the one before it.</summary>
    public static bool LineBreakBefore(string text, List<Token> tokens, int k) =>
        text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n');

    /// <summary>The index, at or after <paramref name="at"/>, where the words of tokens [from, to) stand again, or -1.</summary>
    public static int IndexOfRepeat(List<Token> tokens, int from, int to, int at)
    {
        var length = to - from;
        for (var j = at; j + length <= tokens.Count; j++)
        {
            if (j == from || tokens[j].Text != tokens[from].Text) continue;
            var same = true;
            for (var m = 1; m < length && same; m++) same = tokens[j + m].Text == tokens[from + m].Text;
            if (same) return j;
        }
        return -1;
    }
}
