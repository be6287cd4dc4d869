using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks;

/// <summary>Adds input size and MB/s (input bytes over mean time) to the extraction benchmarks' table.</summary>
public sealed class ExtractionThroughputConfig : ManualConfig
{
    public ExtractionThroughputConfig() => AddColumn(new ThroughputColumn("Input MB", mb: true), new ThroughputColumn("MB/s", mb: false));

    private sealed class ThroughputColumn(string name, bool mb) : IColumn
    {
        private static readonly Dictionary<string, long> Sizes = [];

        public string Id => "Extraction" + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => mb ? 0 : 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => mb ? "Input size in MiB" : "Input MiB extracted per second (mean)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var format = benchmarkCase.Parameters["Format"] as string ?? "";
            if (!Sizes.TryGetValue(format, out var size)) Sizes[format] = size = ExtractionBenchmarks.Input(format).Length;
            var megabytes = size / (1024.0 * 1024.0);
            if (mb) return megabytes.ToString("F2");
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (megabytes / (mean.Value / 1e9)).ToString("F1") : "-";
        }
    }
}
