namespace Pipeline.Enrichment;

/// <summary>One mention found in the text, before mentions are grouped into entities.</summary>
internal sealed record EntitySpan(int Start, int End, string Text, string Type, string Source)
{
    // Name is worked out from Text and Type once and kept: a copy that sets either ("span with { Type = ... }")
    // works it out anew instead of keeping the original's.
    public string Text { get; init { field = value; _name = null; } } = Text;

    public string Type { get; init { field = value; _name = null; } } = Type;

    public string? Normalized { get; init; }
    public string? CountryCode { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }

    /// <summary>The full name a listed short form stands for ("UN" → "United Nations").</summary>
    public string? Canonical { get; init; }

    /// <summary>
    /// The text with every run of white space (line breaks, no-break spaces) as one space: the name to group by. A
    /// person's nickname in quotes inside the name is left out: 'Joaquín "El Chapo" Guzmán' is Joaquín Guzmán.
    /// </summary>
    public string Name => _name ??= Collapsed(WithoutNickname(Text, Type));

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

    private static string WithoutNickname(string text, string type)
    {
        if (type != EntityTypes.Person) return text;
        var open = text.IndexOfAny(Quotes);
        if (open <= 0) return text;
        var close = text.IndexOfAny(Quotes, open + 1);
        // Only a quoted part with words of the name on both sides.
        return close > open + 1 && close < text.Length - 1 && text[open - 1] == ' ' && text[close + 1] == ' ' ? text[..open] + text[(close + 1)..] : text;
    }

    private static readonly char[] Quotes = ['"', '“', '”'];

    private string? _name;

    /// <summary>The word right before the mention, when the finder recorded it.</summary>
    public string? AfterWord { get; init; }

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
