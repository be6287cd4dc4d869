using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pipeline.Cleaning;

namespace Pipeline.Benchmarks;

/// <summary>
/// Our extractor against SmartReader on the same real pages in the same run. One operation is one
/// page; the columns add pages per second and MB/s of raw HTML. Per-page median and p99 come from
/// the evaluation's clean-speed command, which times each page separately.
/// </summary>
[Config(typeof(CleanBenchmarkConfig))]
[MemoryDiagnoser]
public class CleanBenchmarks
{
    private IReadOnlyList<string> _pages = [];
    private readonly ArticleCleaner _cleaner = new();

    public const int PagesPerOperation = 400;

    [GlobalSetup]
    public void Setup() => _pages = CleanCorpus.Instance.Pages;

    [Benchmark(Baseline = true, OperationsPerInvoke = PagesPerOperation)]
    public int SmartReader()
    {
        var chars = 0;
        for (var i = 0; i < PagesPerOperation; i++)
            chars += new SmartReader.Reader("https://example.org/", _pages[i % _pages.Count]).GetArticle().TextContent?.Length ?? 0;
        return chars;
    }

    [Benchmark(OperationsPerInvoke = PagesPerOperation)]
    public int Ours()
    {
        var chars = 0;
        for (var i = 0; i < PagesPerOperation; i++)
            chars += _cleaner.Clean(new CleaningInput { Text = string.Empty, Html = _pages[i % _pages.Count] }).Text.Length;
        return chars;
    }

    private sealed class CleanBenchmarkConfig : ManualConfig
    {
        public CleanBenchmarkConfig()
        {
            AddColumn(new CleanThroughputColumn(perSecondOfPages: true), new CleanThroughputColumn(perSecondOfPages: false));
        }
    }
}
