namespace Pipeline.Enrichment.Tests;

/// <summary>The team-written test articles in Articles/ (invented people and events).</summary>
internal static class Article
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", name + ".txt"));

    public static string GoldPath(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", name + ".gold.tsv");

    public static IEnumerable<string> Scored() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.gold.tsv").Select(p => Path.GetFileName(p)[..^".gold.tsv".Length]).Order(StringComparer.Ordinal);
}
