using BenchmarkDotNet.Attributes;
using Pipeline.Extraction;

namespace Pipeline.Benchmarks;

/// <summary>
/// Extraction throughput on team-made inputs of about 1–2 MB each; the MB/s column divides the
/// input size by the mean time. Run: <c>dotnet run -c Release --project tests/Pipeline.Benchmarks -- --filter '*ExtractionBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionThroughputConfig))]
public class ExtractionBenchmarks
{
    private readonly DocumentExtractor _extractor = new();
    private byte[] _input = [];

    [Params("html", "pdf", "docx")]
    public string Format { get; set; } = "html";

    [GlobalSetup]
    public void Setup() => _input = Input(Format);

    [Benchmark]
    public int Extract() => _extractor.Extract(_input, "input." + Format).Documents[0].Text.Length;

    /// <summary>The input for a format; the throughput column calls it too, to learn the size.</summary>
    public static byte[] Input(string format) => format switch
    {
        "html" => ExtractionInputs.Html(2 * 1024 * 1024),
        "pdf" => ExtractionInputs.Pdf(40),
        "docx" => ExtractionInputs.Docx(3000),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
