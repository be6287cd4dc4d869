using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>A two-column IOB2 file (token TAB tag, blank line between sentences), as in ../shared/eval/ner-train.</summary>
internal sealed record ConllSentence(List<Token> Tokens, string[] Tags, int Line)
{
    /// <summary>The sentence as text, tokens joined by single spaces; token offsets point into it.</summary>
    public string Text => string.Join(' ', Tokens.Select(t => t.Text));

    public static List<ConllSentence> Read(string path, int fromLine = 1, int toLine = int.MaxValue)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<Token>();
        var tags = new List<string>();
        var lineNumber = 0;
        var start = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber < fromLine || lineNumber > toLine) continue;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var tab = line.IndexOf('\t');
            var word = line[..tab];
            var offset = tokens.Count == 0 ? 0 : tokens[^1].End + 1;
            if (tokens.Count == 0) start = lineNumber;
            tokens.Add(new Token(offset, offset + word.Length, word));
            tags.Add(line[(tab + 1)..]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new ConllSentence(tokens, tags.ToArray(), start));
            tokens = [];
            tags = [];
        }
    }
}
