namespace Pipeline.Enrichment;

/// <summary>One mention found in the text, before mentions are grouped into entities.</summary>
internal sealed record EntitySpan(int Start, int End, string Text, string Type, string Source)
{
    public string? Normalized { get; init; }
    public string? CountryCode { get; init; }
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }

    /// <summary>The full name a listed short form stands for ("UN" → "United Nations").</summary>
    public string? Canonical { get; init; }

    /// <summary>The text with every run of white space (line breaks, no-break spaces) as one space: the name to group by.</summary>
    public string Name => _name ??= string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string? _name;

    /// <summary>The word right before the mention, when the finder recorded it.</summary>
    public string? AfterWord { get; init; }

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
