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
            Console.Error.WriteLine("usage: enrich-ab DIR_A DIR_B FOLDER [--seconds 30] [--warmup 6]");
            return 2;
        }
        var texts = Directory.GetFiles(options.Positional[2], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var seconds = options.Value("--seconds") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 30;
        var builds = new[] { Load(options.Positional[0], texts), Load(options.Positional[1], texts) };
        var watch = Stopwatch.StartNew();
        // Past tiered compilation: on a busy machine six seconds may give each build only a few rounds, so at least fifty.
        var warmup = options.Value("--warmup") is { } w ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : 6;
        for (var round = 0; watch.Elapsed.TotalSeconds < warmup || round < 50; round++) foreach (var build in builds) build();
        var times = new[] { new List<double>(), new List<double>() };
        var cpuTimes = new[] { new List<double>(), new List<double>() };
        watch.Restart();
        for (var round = 0; watch.Elapsed.TotalSeconds < seconds || round % 2 == 1; round++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ThreadCpuMilliseconds();
            builds[round % 2]();
            cpuTimes[round % 2].Add(ThreadCpuMilliseconds() - cpuStart);
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
        // The thread's CPU time leaves out the time the machine gave other work, which dominates wall time on a busy host.
        if (cpuTimes[0].All(t => t > 0))
        {
            for (var b = 0; b < 2; b++)
            {
                var sorted = cpuTimes[b].Order().ToList();
                Console.WriteLine($"{"AB"[b]} CPU time: best {sorted[0]:F2} ms, median {sorted[sorted.Count / 2]:F2} ms ({bytes / 1e3 / sorted[sorted.Count / 2]:F2} MB/s)");
            }
            var cpuRatios = cpuTimes[1].Zip(cpuTimes[0], (b, a) => b / a).Order().ToList();
            Console.WriteLine($"B/A by thread CPU time, paired rounds: median {cpuRatios[cpuRatios.Count / 2]:F3} (quartiles {cpuRatios[cpuRatios.Count / 4]:F3} .. {cpuRatios[3 * cpuRatios.Count / 4]:F3})");
        }
        return 0;
    }

    // CPU time of the calling thread (Linux and macOS: clock_gettime's per-thread clock); 0 where that clock is not available.
    private static double ThreadCpuMilliseconds()
    {
        if (OperatingSystem.IsWindows()) return 0;
        try
        {
            return ClockGetTime(OperatingSystem.IsMacOS() ? 16 : 3, out var now) == 0 ? now.Seconds * 1e3 + now.Nanoseconds / 1e6 : 0;
        }
        catch (EntryPointNotFoundException)
        {
            return 0;
        }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

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
