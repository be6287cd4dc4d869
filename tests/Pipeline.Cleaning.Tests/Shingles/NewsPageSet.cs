namespace Pipeline.Cleaning.Tests.Shingles;

/// <summary>
/// The shingle set: NAME.html beside NAME.gold.txt in one folder. The pages are written by the
/// team in the shapes news CMSs produce; none is copied from the evaluation data.
/// </summary>
public static class NewsPageSet
{
    public const string FolderName = "NewsPages";

    public static List<NewsPage> Load(string folder) =>
        Directory.GetFiles(folder, "*.gold.txt").Order(StringComparer.Ordinal)
            .Select(gold => gold[..^".gold.txt".Length])
            .Where(stem => File.Exists(stem + ".html"))
            .Select(stem => new NewsPage(Path.GetFileName(stem), File.ReadAllText(stem + ".html"), File.ReadAllText(stem + ".gold.txt")))
            .ToList();

    /// <summary>The folder beside the test assembly (copied there by the build).</summary>
    public static string BesideAssembly => Path.Combine(AppContext.BaseDirectory, FolderName);
}
