using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks;

/// <summary>Pages per second, or MB/s of raw HTML, from the mean time per page.</summary>
internal sealed class CleanThroughputColumn(bool perSecondOfPages) : IColumn
{
    public string Id => perSecondOfPages ? "Pages/s" : "MB/s";
    public string ColumnName => Id;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => perSecondOfPages ? 0 : 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => perSecondOfPages ? "Pages cleaned per second (one thread)" : "Megabytes of raw HTML cleaned per second (one thread)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics) return "-";
        var pagesPerSecond = 1e9 / statistics.Mean;
        if (perSecondOfPages) return pagesPerSecond.ToString("F1", CultureInfo.InvariantCulture);
        var corpus = CleanCorpus.Instance;
        var meanPageBytes = (double)corpus.Bytes / corpus.Pages.Count;
        // The benchmark cycles through the corpus in order; 400 pages per operation covers it once.
        return (pagesPerSecond * meanPageBytes / 1e6).ToString("F2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
