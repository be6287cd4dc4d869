using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Pipeline.Cleaning;
using Pipeline.Extraction;

namespace Pipeline.Evaluation;

/// <summary>
/// clean-dev: runs our extractor and SmartReader over shared/eval/clean-dev, writes
/// OUT/{ours,smartreader}/NNNN.txt and prints score.py's figures side by side, overall and per family.
/// </summary>
internal static class CleanEvaluation
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(string[] args)
    {
        var options = CleanEvaluationOptions.Parse(args);
        var data = options.Data ?? EvaluationData.Locate("clean-dev");
        if (data is null)
        {
            Console.Error.WriteLine("clean-dev: data not found (pass --data DIR holding truth.jsonl, pages/ and score.py)");
            return 2;
        }
        var pages = ReadTruth(Path.Combine(data, "truth.jsonl"))
            .Where(p => options.Pages is null || options.Pages.Contains(p.Id)).ToList();

        var removedFolder = options.WriteRemoved ? Path.Combine(options.Out, "ours") : null;
        var systems = new List<(string Name, Func<string, string, string?, string> Extract)> { ("ours", (id, html, url) => ExtractOurs(id, html, url, removedFolder)) };
        if (options.WithSmartReader) systems.Add(("smartreader", (_, html, url) => ExtractSmartReader(html, url)));

        var families = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var elapsed = systems.ToDictionary(s => s.Name, _ => TimeSpan.Zero);
        foreach (var system in systems) Directory.CreateDirectory(Path.Combine(options.Out, system.Name));

        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(Path.Combine(data, "pages", page.Id + ".html"));
            var html = TextDecoder.Decode(bytes).Text;
            foreach (var family in PageFamily.Of(html))
                (families.TryGetValue(family, out var ids) ? ids : families[family] = []).Add(page.Id);
            foreach (var (name, extract) in systems)
            {
                var watch = Stopwatch.StartNew();
                var text = extract(page.Id, html, page.Url);
                elapsed[name] += watch.Elapsed;
                File.WriteAllText(Path.Combine(options.Out, name, page.Id + ".txt"), text, Utf8);
            }
        }

        var rows = new List<(string Scope, Dictionary<string, ScoreSummary> Scores)>
        {
            ("all", systems.ToDictionary(s => s.Name, s => Score(data, Path.Combine(options.Out, s.Name), truth: null))),
        };
        foreach (var (family, ids) in families.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var truth = Path.Combine(options.Out, $"truth-{family.Replace(':', '-')}.jsonl");
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            File.WriteAllLines(truth, pages.Where(p => wanted.Contains(p.Id)).Select(p => p.Line));
            rows.Add(($"{family} ({ids.Count})", systems.ToDictionary(s => s.Name, s => Score(data, Path.Combine(options.Out, s.Name), truth))));
        }

        Console.WriteLine($"clean-dev: {pages.Count} pages, data {data}, output {Path.GetFullPath(options.Out)}");
        foreach (var system in systems)
            Console.WriteLine($"  {system.Name,-12} {elapsed[system.Name].TotalSeconds,6:F1} s extraction ({elapsed[system.Name].TotalMilliseconds / Math.Max(1, pages.Count):F1} ms/page, one thread, not a benchmark)");
        Console.WriteLine();
        Console.WriteLine($"{"scope",-24}{string.Concat(systems.Select(s => $"| {s.Name + " P/R/F1/acc",-30}"))}");
        foreach (var (scope, scores) in rows)
            Console.WriteLine($"{scope,-24}{string.Concat(systems.Select(s => $"| {scores[s.Name],-30}"))}");
        return 0;
    }

    private static string ExtractOurs(string id, string html, string? url, string? removedFolder)
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html, Url = url });
        if (removedFolder is not null)
            File.WriteAllLines(Path.Combine(removedFolder, id + ".removed.tsv"),
                cleaned.Removed.Select(r => r.Reason + "\t" + r.Text.ReplaceLineEndings(" ")), Utf8);
        return cleaned.Text;
    }

    private static string ExtractSmartReader(string html, string? url)
    {
        try
        {
            // The (uri, text) constructor parses the given markup; the static ParseArticle(uri, ...) would download.
            return new SmartReader.Reader(url ?? "https://example.org/", html).GetArticle().TextContent ?? string.Empty;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A baseline that throws on a page scores that page as empty, as the scorer counts failures.
            return string.Empty;
        }
    }

    private static ScoreSummary Score(string data, string predictions, string? truth)
    {
        var json = Path.Combine(predictions, "summary.json");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(data, "score.py"), predictions, "--json", json })
            start.ArgumentList.Add(argument);
        if (truth is null)
        {
            // Per-page rows (missed and leaked snippets) for the whole set only.
            start.ArgumentList.Add("--csv");
            start.ArgumentList.Add(Path.Combine(predictions, "pages.csv"));
        }
        else
        {
            start.ArgumentList.Add("--truth");
            start.ArgumentList.Add(truth);
            start.ArgumentList.Add("--skip-missing");
        }
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("score.py failed: " + process.StandardError.ReadToEnd());
        }
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var root = summary.RootElement;
        if (truth is not null) File.Delete(json);
        return new ScoreSummary(root.GetProperty("precision").GetDouble(), root.GetProperty("recall").GetDouble(),
            root.GetProperty("f1").GetDouble(), root.GetProperty("accuracy").GetDouble());
    }

    private static IEnumerable<TruthPage> ReadTruth(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var url = json.RootElement.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            yield return new TruthPage(json.RootElement.GetProperty("id").GetString()!, url, line);
        }
    }

    private sealed record TruthPage(string Id, string? Url, string Line);
}
