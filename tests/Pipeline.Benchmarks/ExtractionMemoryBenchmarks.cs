using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Pipeline.Extraction;

namespace Pipeline.Benchmarks;

/// <summary>
/// Peak working set of the benchmark process while one 100 MB file is extracted from a file
/// stream, as ingest reads a stored blob: into a string (<see cref="Streamed"/> false) or, streamed,
/// into a sink (<see cref="Stream.Null"/>, so only the extraction's own memory counts). One cold
/// run per input; the process prints "PEAK WORKING SET" after the run. Run:
/// <c>dotnet run -c Release --project tests/Pipeline.Benchmarks -- --filter '*ExtractionMemory*'</c>.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
[MemoryDiagnoser]
public class ExtractionMemoryBenchmarks
{
    private const long Size = 100L * 1024 * 1024;
    private string _path = "";
    private long _baseline;

    [Params("text", "html", "markdown")]
    public string Kind { get; set; } = "text";

    /// <summary>True: the text goes to a sink in one pass (<see cref="ExtractionOptions.StreamingThresholdBytes"/>).</summary>
    [Params(false, true)]
    public bool Streamed { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"pipeline-extraction-{Kind}-{Environment.ProcessId}.{Kind}");
        ExtractionInputs.WriteLarge(_path, Kind, Size);
        GC.Collect();
        _baseline = Process.GetCurrentProcess().PeakWorkingSet64;
    }

    [Benchmark]
    public int Extract100MB()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var name = Kind == "markdown" ? "large.md" : "large." + Kind;
        var document = new DocumentExtractor().Extract(file, file.Length, name, null, Streamed ? Stream.Null : null).Documents[0];
        return (int)(document.SinkCharacters ?? document.Text.Length);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"PEAK WORKING SET {Kind}{(Streamed ? " streamed" : "")}: {peak / 1048576.0:F0} MiB (before extraction {_baseline / 1048576.0:F0} MiB) for a {Size / 1048576} MiB input");
        File.Delete(_path);
    }
}
