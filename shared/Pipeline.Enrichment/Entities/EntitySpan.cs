namespace Pipeline.Enrichment;

/// <summary>One mention found in the text, before mentions are grouped into entities.</summary>
internal sealed record EntitySpan(int Start, int End, string Text, string Type, string Source)
{
    // Name is worked out from Text once and kept: a copy that sets it ("span with { Text = ... }") works it out anew
    // instead of keeping the original's.
    public string Text { get; init { field = value; _name = null; } } = Text;

    public string? Normalized { get; init; }
    public string? CountryCode { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }

    /// <summary>The full name a listed short form stands for ("UN" → "United Nations").</summary>
    public string? Canonical { get; init; }

    /// <summary>
    /// The text with every run of white space (line breaks, no-break spaces) as one space: the name to group by. A
    /// person's nickname in quotes inside the name stays in it, as written: 'Joaquín "El Chapo" Guzmán' (annotators of news
    /// take the name with its nickname; seventeen people of our blind batches, by four writers, are named so).
    /// </summary>
    public string Name => _name ??= Collapsed(Text);

    // Most names are written with single spaces between words already: those are their own name, with no array and no join.
    private static string Collapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c))
                return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        return text;
    }

    private string? _name;

    /// <summary>The word right before the mention, when the finder recorded it.</summary>
    public string? AfterWord { get; init; }

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
