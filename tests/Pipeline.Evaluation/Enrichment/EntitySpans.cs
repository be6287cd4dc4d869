namespace Pipeline.Evaluation.Enrichment;

/// <summary>Entity spans (first token, end token, type) of an IOB2 tag sequence, as CoNLL scores them.</summary>
internal static class EntitySpans
{
    public static HashSet<(int Start, int End, string Type)> Of(IReadOnlyList<string> tags)
    {
        var spans = new HashSet<(int, int, string)>();
        var start = -1;
        var type = string.Empty;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type && start >= 0;
            if (continues) continue;
            if (start >= 0) spans.Add((start, i, type));
            start = tag == "O" ? -1 : i;
            type = tag == "O" ? string.Empty : tag[2..];
        }
        return spans;
    }
}
