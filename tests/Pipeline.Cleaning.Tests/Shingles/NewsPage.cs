namespace Pipeline.Cleaning.Tests.Shingles;

/// <summary>One team-made news page and its gold article body (what a reader would call the article).</summary>
public sealed record NewsPage(string Name, string Html, string Gold)
{
    /// <summary>The page's language, from its file name ("en-…", "de-…"): the family it is reported under.</summary>
    public string Language => Name.Length > 2 && Name[2] == '-' ? Name[..2] : "other";

    public override string ToString() => Name;
}
