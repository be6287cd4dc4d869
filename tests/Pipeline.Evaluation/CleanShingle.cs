using System.Globalization;
using System.Text;
using Pipeline.Cleaning;
using Pipeline.Cleaning.Tests.Shingles;

namespace Pipeline.Evaluation;

/// <summary>
/// clean-shingle [--pages DIR] [--out DIR] [--no-smartreader]: the benchmark metric (word 4-gram
/// shingles, averaged over pages) on the team-made news pages, ours and SmartReader side by side,
/// per page, per language and overall. With --out, writes OUT/{ours,smartreader}/NAME.txt.
/// </summary>
internal static class CleanShingle
{
    public static int Run(string[] args)
    {
        string? folder = null, output = null;
        var withSmartReader = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pages": folder = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--no-smartreader": withSmartReader = false; break;
                default: Console.Error.WriteLine($"clean-shingle: unknown argument {args[i]}"); return 2;
            }
        }
        folder ??= Locate();
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("clean-shingle: pages not found (pass --pages DIR holding NAME.html and NAME.gold.txt)");
            return 2;
        }
        var pages = NewsPageSet.Load(folder);
        var systems = new List<(string Name, Func<string, string> Extract)> { ("ours", ExtractOurs) };
        if (withSmartReader) systems.Add(("smartreader", ExtractSmartReader));

        var matches = systems.ToDictionary(s => s.Name, _ => new List<(NewsPage Page, ShingleMatch Match)>());
        foreach (var page in pages)
        {
            foreach (var (name, extract) in systems)
            {
                var text = extract(page.Html);
                matches[name].Add((page, ShingleScore.Match(page.Gold, text)));
                if (output is not null) Write(Path.Combine(output, name, page.Name + ".txt"), text);
            }
        }

        Console.WriteLine($"clean-shingle: {pages.Count} pages from {Path.GetFullPath(folder)}; word 4-gram shingles, P/R/F1 per page");
        Console.WriteLine($"{"page",-40}{string.Concat(systems.Select(s => $"| {s.Name + " P/R/F1",-22}"))}");
        for (var i = 0; i < pages.Count; i++)
            Console.WriteLine($"{pages[i].Name,-40}{string.Concat(systems.Select(s => $"| {Format(matches[s.Name][i].Match),-22}"))}");

        Console.WriteLine();
        Console.WriteLine($"{"averaged over pages",-26}{string.Concat(systems.Select(s => $"| {s.Name + " P/R/F1 (mean page F1)",-34}"))}");
        var scopes = new List<(string Scope, Func<NewsPage, bool> Includes)> { ("all", _ => true) };
        scopes.AddRange(pages.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal).Select(lang => ($"lang:{lang}", (Func<NewsPage, bool>)(p => p.Language == lang))));
        foreach (var (scope, includes) in scopes)
        {
            var count = pages.Count(includes);
            Console.WriteLine($"{$"{scope} ({count})",-26}{string.Concat(systems.Select(s => $"| {Format(ShingleAverage.Of(matches[s.Name].Where(m => includes(m.Page)).Select(m => m.Match).ToList())),-34}"))}");
        }
        return 0;
    }

    private static string ExtractOurs(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    private static string ExtractSmartReader(string html)
    {
        try
        {
            return new SmartReader.Reader("https://example.org/", html).GetArticle().TextContent ?? string.Empty;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A baseline that throws scores the page as empty, as clean-dev does.
            return string.Empty;
        }
    }

    /// <summary>tests/Pipeline.Cleaning.Tests/NewsPages in the first ancestor of the working directory that has it.</summary>
    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Pipeline.Cleaning.Tests", NewsPageSet.FolderName);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Format(ShingleMatch match) =>
        string.Create(CultureInfo.InvariantCulture, $"{match.Precision:F3} {match.Recall:F3} {match.F1:F3}");

    private static string Format(ShingleAverage average) =>
        string.Create(CultureInfo.InvariantCulture, $"{average.Precision:F3} {average.Recall:F3} {average.F1:F3} ({average.MeanPageF1:F3})");
}
