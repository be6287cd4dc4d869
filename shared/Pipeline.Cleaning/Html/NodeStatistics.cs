namespace Pipeline.Cleaning.Html;

/// <summary>Visible-text figures of a subtree, accumulated from its blocks.</summary>
internal sealed class NodeStatistics
{
    /// <summary>Characters of text below, pruned or not.</summary>
    public int AllChars { get; set; }

    /// <summary>Characters in prose blocks below (long, few links), pruned or not: what tells an article wrapper apart.</summary>
    public int AllProseChars { get; set; }

    /// <summary>Characters of text in blocks that survived pruning.</summary>
    public int TextChars { get; set; }

    /// <summary>Of those, characters inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Characters in surviving prose blocks below.</summary>
    public int ProseChars { get; set; }

    /// <summary>Readability-style score collected from the paragraphs below.</summary>
    public double ContentScore { get; set; }

    /// <summary>Whether some paragraph voted for this element.</summary>
    public bool IsCandidate { get; set; }

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}
