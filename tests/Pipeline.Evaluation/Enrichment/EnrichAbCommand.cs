using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// enrich-ab DIR_A DIR_B FOLDER [--seconds 30]: which of two builds of Pipeline.Enrichment enriches
/// faster, on a machine too busy for BenchmarkDotNet's absolute figures. Both builds (the output
/// folders that hold their Pipeline.Enrichment.dll, e.g. a worktree of the base commit and this one)
/// are loaded side by side in one process, each in its own load context, and enrich every *.txt in
/// FOLDER in alternating rounds, so that whatever else the machine runs slows both alike. Prints each
/// build's round times and the median ratio of each B round to the A round before it.
/// </summary>
internal static class EnrichAbCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        if (options.Positional.Count != 3)
        {
            Console.Error.WriteLine("usage: enrich-ab DIR_A DIR_B FOLDER [--seconds 30]");
            return 2;
        }
        var texts = Directory.GetFiles(options.Positional[2], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var seconds = options.Value("--seconds") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 30;
        var builds = new[] { Load(options.Positional[0], texts), Load(options.Positional[1], texts) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 6) foreach (var build in builds) build(); // past tiered compilation
        var times = new[] { new List<double>(), new List<double>() };
        watch.Restart();
        for (var round = 0; watch.Elapsed.TotalSeconds < seconds || round % 2 == 1; round++)
        {
            var start = Stopwatch.GetTimestamp();
            builds[round % 2]();
            times[round % 2].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Console.WriteLine($"{texts.Length} texts, {bytes} bytes of UTF-8 text a round");
        for (var b = 0; b < 2; b++)
        {
            var sorted = times[b].Order().ToList();
            var median = sorted[sorted.Count / 2];
            Console.WriteLine($"{"AB"[b]} {options.Positional[b]}: {sorted.Count} rounds, best {sorted[0]:F2} ms ({bytes / 1e3 / sorted[0]:F2} MB/s), median {median:F2} ms ({bytes / 1e3 / median:F2} MB/s)");
        }
        var ratios = times[1].Zip(times[0], (b, a) => b / a).Order().ToList();
        Console.WriteLine($"B/A, paired rounds: median {ratios[ratios.Count / 2]:F3} (quartiles {ratios[ratios.Count / 4]:F3} .. {ratios[3 * ratios.Count / 4]:F3})");
        return 0;
    }

    // One build's enricher over the texts, called through reflection: its types are not this process's own.
    private static Action Load(string folder, string[] texts)
    {
        var context = new BuildContext(Path.GetFullPath(folder));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "Pipeline.Enrichment.dll"));
        var enricherType = assembly.GetType("Pipeline.Enrichment.DocumentEnricher", throwOnError: true)!;
        var inputType = assembly.GetType("Pipeline.Enrichment.EnrichmentInput", throwOnError: true)!;
        var enricher = Activator.CreateInstance(enricherType)!;
        var enrich = enricherType.GetMethod("Enrich", [inputType])!;
        var published = new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.Zero);
        var inputs = texts.Select(text =>
        {
            var input = Activator.CreateInstance(inputType)!;
            inputType.GetProperty("Text")!.SetValue(input, text);
            inputType.GetProperty("Published")!.SetValue(input, (DateTimeOffset?)published);
            return input;
        }).ToArray();
        return () => { foreach (var input in inputs) enrich.Invoke(enricher, [input]); };
    }

    // Resolves the build's own assemblies (Pipeline.Enrichment, Lingua, ...) from its folder; the framework's from the process.
    private sealed class BuildContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
