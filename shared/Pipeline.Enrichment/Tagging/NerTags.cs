namespace Pipeline.Enrichment;

/// <summary>The tagger's IOB2 tag set; MISC is trained so that nationalities and events stop
/// looking like organisations, and is mapped to NORP or dropped afterwards.</summary>
internal static class NerTags
{
    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int IndexOf(string tag) => Array.IndexOf(All, tag) is var i and >= 0 ? i : 0;

    private static readonly bool[,] Allowed = BuildAllowed();

    /// <summary>An I- tag may only continue an entity of the same type.</summary>
    public static bool CanFollow(int previous, int tag) => Allowed[previous, tag];

    private static bool[,] BuildAllowed()
    {
        var allowed = new bool[All.Length, All.Length];
        for (var p = 0; p < All.Length; p++)
            for (var t = 0; t < All.Length; t++)
                allowed[p, t] = All[t][0] != 'I' || (p != 0 && All[p][2..] == All[t][2..]);
        return allowed;
    }

    /// <summary>Whether the tag opens an entity (a B- tag).</summary>
    public static bool IsBegin(int tag) => tag != 0 && All[tag][0] == 'B';

    public static string TypeOf(int tag) => tag == 0 ? string.Empty : All[tag][2..];
}
