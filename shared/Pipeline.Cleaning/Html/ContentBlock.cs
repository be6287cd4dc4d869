namespace Pipeline.Cleaning.Html;

/// <summary>One run of text between block boundaries: the unit that is kept or removed.</summary>
internal sealed class ContentBlock(string text, PageNode owner, int linkChars, BlockKind kind)
{
    public string Text { get; } = text;

    /// <summary>The innermost block-level element holding the text.</summary>
    public PageNode Owner { get; } = owner;

    public int LinkChars { get; } = linkChars;

    /// <summary>Characters inside em or i: editors set notes about the story (bios, disclaimers) in italics.</summary>
    public int EmphasisChars { get; init; }

    /// <summary>Characters inside inline elements named as captions or picture credits.</summary>
    public int CaptionChars { get; init; }

    /// <summary>A caption or credit set in spans beside the picture, from end to end.</summary>
    public bool IsCaptionText => Text.Length > 0 && CaptionChars >= Text.Length * 0.9;

    /// <summary>Characters inside inline time elements or elements named as dates, times or bylines.</summary>
    public int StampChars { get; init; }

    /// <summary>Characters after the end of the last link: how the text goes on once the links stop.</summary>
    public int CharsAfterLinks { get; init; }

    /// <summary>Italic from end to end, as an editor's note is.</summary>
    public bool IsEmphasised => Text.Length > 0 && EmphasisChars >= Text.Length * 0.9;
    public BlockKind Kind { get; } = kind;

    /// <summary>Why the block is not part of the article; null while it is kept.</summary>
    public string? RemovalReason { get; set; }

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);

    /// <summary>Long enough and free enough of links to read as running text.</summary>
    public bool IsProse => Text.Length >= 80 && LinkDensity < 0.3 && Kind is not BlockKind.Heading;

    /// <summary>
    /// Prose, or a long heading that ends as a sentence does: some templates set the standfirst
    /// in a heading tag, and a headline does not read this way. A shorter one counts when it holds
    /// two sentences ("… for lack of snow. The start moves to Evertsberg."), which a headline does not.
    /// </summary>
    public bool IsProseOrSentenceHeading => IsProse
        || Kind is BlockKind.Heading && LinkDensity < 0.3 && EndsAsSentence && (Text.Length >= 150 || Text.Length >= 80 && HoldsTwoSentences);

    /// <summary>A sentence ends inside the text: a lower-case word, its full stop or mark, a space, a capital ("Mr. Smith" does not count).</summary>
    private bool HoldsTwoSentences
    {
        get
        {
            for (var i = 3; i < Text.Length - 2; i++)
                if (Text[i] is '.' or '!' or '?' && Text[i + 1] == ' ' && char.IsUpper(Text[i + 2])
                    && char.IsLower(Text[i - 1]) && char.IsLower(Text[i - 2]) && char.IsLower(Text[i - 3])) return true;
            return false;
        }
    }

    /// <summary>The text ends as a sentence does: a full stop, a question or exclamation mark, or a closing quote.</summary>
    public bool EndsAsSentence => Text[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '»' or '«';

    public override string ToString() => $"{Kind} {RemovalReason ?? "kept"}: {Text}";
}
