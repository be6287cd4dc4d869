using System.Diagnostics;
using System.Globalization;
using Pipeline.Cleaning;
using Pipeline.Extraction;

namespace Pipeline.Evaluation;

/// <summary>
/// clean-speed [--rounds N] [--warmup N]: times every clean-dev page separately, ours and
/// SmartReader interleaved page by page so machine noise hits both alike, and prints median and
/// p99 per page, pages/s and MB/s of raw HTML. Complements the BenchmarkDotNet suite, which only
/// gives means. The warm-up rounds (3 unless told) are not recorded: on two cores the tiered JIT
/// goes on recompiling hot methods for several rounds, and the time it took during the recorded
/// rounds is printed so a reader can see whether they measured the code or the compiler.
/// </summary>
internal static class CleanSpeed
{
    public static int Run(string[] args)
    {
        var options = Enrichment.CommandOptions.Parse(args);
        var rounds = options.Int("--rounds", 3);
        var warmup = options.Int("--warmup", 3);
        var data = EvaluationData.Locate("clean-dev");
        if (data is null)
        {
            Console.Error.WriteLine("clean-speed: shared/eval/clean-dev not found");
            return 2;
        }
        var files = Directory.GetFiles(Path.Combine(data, "pages"), "*.html").Order(StringComparer.Ordinal).ToList();
        var raw = files.Select(File.ReadAllBytes).ToList();
        var pages = raw.Select(bytes => TextDecoder.Decode(bytes).Text).ToList();
        var totalBytes = raw.Sum(bytes => (long)bytes.Length);

        var cleaner = new ArticleCleaner();
        var systems = new (string Name, Action<string> Extract)[]
        {
            ("ours", html => cleaner.Clean(new CleaningInput { Text = string.Empty, Html = html })),
            ("smartreader", html => new SmartReader.Reader("https://example.org/", html).GetArticle()),
        };
        var samples = systems.Select(_ => pages.Select(_ => new List<double>()).ToArray()).ToArray();

        var jitBefore = TimeSpan.Zero;
        for (var round = -warmup; round < rounds; round++) // the negative rounds warm up the JIT and caches, unrecorded
        {
            if (round == 0) jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            for (var page = 0; page < pages.Count; page++)
            {
                for (var s = 0; s < systems.Length; s++)
                {
                    var watch = Stopwatch.StartNew();
                    systems[s].Extract(pages[page]);
                    if (round >= 0) samples[s][page].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var jitDuring = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        Console.WriteLine($"clean-speed: {pages.Count} pages, {totalBytes / 1e6:F1} MB raw HTML, {warmup} warm-up and {rounds} recorded rounds, one thread, per-page time = median of its rounds");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JIT compiling during the recorded rounds: {jitDuring.TotalSeconds:F2} s (both systems, all threads)"));
        Console.WriteLine($"{"system",-12} {"median ms",10} {"p99 ms",10} {"mean ms",10} {"pages/s",10} {"MB/s",8}");
        foreach (var (system, index) in systems.Select((s, i) => (s, i)))
        {
            var perPage = samples[index].Select(Median).Order().ToList();
            var mean = perPage.Average();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{system.Name,-12} {Percentile(perPage, 0.50),10:F2} {Percentile(perPage, 0.99),10:F2} {mean,10:F2} {1000 / mean,10:F1} {totalBytes / 1e6 / (perPage.Sum() / 1000),8:F2}"));
        }
        return 0;
    }

    private static double Median(List<double> values) => Percentile(values.Order().ToList(), 0.5);

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
