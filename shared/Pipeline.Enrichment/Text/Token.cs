namespace Pipeline.Enrichment;

/// <summary>A word or punctuation mark: [Start, End) in UTF-16 code units of the source text.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;
}
