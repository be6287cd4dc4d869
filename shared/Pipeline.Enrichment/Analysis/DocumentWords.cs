namespace Pipeline.Enrichment;

/// <summary>The words of a text, lower-cased, each marked when punctuation or a line break comes
/// before it (where a keyphrase cannot continue); shared by keywords, categories and sentiment.</summary>
internal sealed class DocumentWords
{
    public DocumentWords(string text, List<Token> tokens)
    {
        var breakNext = true;
        var lastEnd = 0;
        foreach (var token in tokens)
        {
            var c = token.Text[0];
            if (!char.IsLetterOrDigit(c))
            {
                // "parliament's national security committee": a possessive ends the phrase; "employers' association" does not.
                breakNext |= c is not ('-' or '\'' or '’') || token.Text.Length > 1;
                continue;
            }
            var newline = text.AsSpan(lastEnd, token.Start - lastEnd).Contains('\n');
            lastEnd = token.End;
            var lower = token.Text.ToLowerInvariant();
            Lower.Add(lower);
            Marked.Add((lower, breakNext || newline));
            Starts.Add(token.Start);
            breakNext = false;
        }
    }

    public List<string> Lower { get; } = [];

    public List<(string Lower, bool BreakBefore)> Marked { get; } = [];

    /// <summary>Where each word starts in the text, to tell which words belong to an entity's mention.</summary>
    public List<int> Starts { get; } = [];
}
