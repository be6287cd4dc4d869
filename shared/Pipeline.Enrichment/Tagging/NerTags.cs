namespace Pipeline.Enrichment;

/// <summary>The tagger's IOB2 tag set; MISC is trained so that nationalities and events stop
/// looking like organisations, and is mapped to NORP or dropped afterwards.</summary>
internal static class NerTags
{
    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int IndexOf(string tag) => Array.IndexOf(All, tag) is var i and >= 0 ? i : 0;

    /// <summary>An I- tag may only continue an entity of the same type.</summary>
    public static bool CanFollow(int previous, int tag)
    {
        var name = All[tag];
        if (name[0] != 'I') return true;
        return previous != 0 && All[previous].AsSpan(2).SequenceEqual(name.AsSpan(2));
    }

    public static string TypeOf(int tag) => tag == 0 ? string.Empty : All[tag][2..];
}
