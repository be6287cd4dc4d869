namespace Pipeline.Enrichment;

/// <summary>[Start, End) in the input text, UTF-16 code units.</summary>
public readonly record struct Mention(int Start, int End, string Text);
